import type { actors, movies, producers } from "../schema";
import { posterSvg, portraitSvg, svgUpload, type PosterMood, type UploadRow } from "./artwork";
import { actorBio, producerBio } from "./bios";
import { castMovies, produceMovies } from "./credits";
import { addDays, dateInZone, fridayOnOrBefore, zonedTimeToUtc } from "./dates";
import { categoryData, genreNames, movieData, type MovieData } from "./movies";
import { actorData, producerData } from "./people";
import { createRandom, slugify, stableUuid } from "./random";
import type { ScheduleMovie } from "./showtimes";

const CATALOGUE_ZONE = "Europe/London";
const SPECTACLE_GENRES = new Set(["Action", "Adventure", "Science Fiction", "Fantasy", "Animation"]);

function uniqueSlugs<T extends { slug: string }>(rows: T[], what: string): T[] {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.slug)) throw new Error(`Seed: two ${what} share the slug "${row.slug}".`);
    seen.add(row.slug);
  }
  return rows;
}

/** UK films open on Fridays, so release dates are counted in Fridays from the seeding day. */
function releaseDate(movie: MovieData, lastFriday: string): string {
  return addDays(lastFriday, movie.status === "soon" ? 7 * movie.week : -7 * movie.week);
}

function posterMood(movie: MovieData): PosterMood {
  if (movie.genres.some((g) => g === "Horror" || g === "Thriller" || g === "Crime")) return "dark";
  if (movie.genres.some((g) => g === "Family" || g === "Animation" || g === "Comedy")) return "bright";
  return "warm";
}

/** Everything about films and people, as rows ready to insert, with ids fixed up front. */
export function buildCatalog(now: Date) {
  const today = dateInZone(now, CATALOGUE_ZONE);
  const lastFriday = fridayOnOrBefore(today);
  const currentYear = Number(today.slice(0, 4));
  const uploadRows: UploadRow[] = [];

  const genreRows = genreNames.map((name) => ({ id: stableUuid(`genre:${name}`), slug: slugify(name), name }));
  const genreId = new Map(genreRows.map((g) => [g.name as string, g.id]));
  const categoryRows = categoryData.map((c) => ({
    id: stableUuid(`category:${c.name}`),
    slug: slugify(c.name),
    name: c.name,
    description: c.description,
  }));
  const categoryId = new Map(categoryRows.map((c) => [c.name as string, c.id]));

  const movieRows: (typeof movies.$inferInsert & { id: string })[] = movieData.map((m) => {
    const slug = slugify(m.title);
    const poster = svgUpload(`movie:${slug}`, posterSvg(m.title, m.certificate, posterMood(m)), 400, 600);
    uploadRows.push(poster);
    const release = releaseDate(m, lastFriday);
    return {
      id: stableUuid(`movie:${slug}`),
      slug,
      title: m.title,
      synopsis: m.synopsis,
      releaseDate: release,
      runtimeMinutes: m.runtime,
      certificate: m.certificate,
      language: m.language,
      posterId: poster.id,
      trailerUrl: `https://videos.example.com/trailers/${slug}`,
      // Archived films ran for ten weeks and were taken down on a Friday morning.
      archivedAt: m.status === "archived" ? zonedTimeToUtc(addDays(release, 70), 9 * 60, CATALOGUE_ZONE) : null,
    };
  });

  const lookup = (map: Map<string, string>, name: string, what: string) => {
    const id = map.get(name);
    if (!id) throw new Error(`Seed: unknown ${what} "${name}".`);
    return id;
  };
  const movieGenreRows = movieData.flatMap((m, i) =>
    m.genres.map((g) => ({ movieId: movieRows[i].id, genreId: lookup(genreId, g, "genre") })),
  );
  const movieCategoryRows = movieData.flatMap((m, i) =>
    m.categories.map((c) => ({ movieId: movieRows[i].id, categoryId: lookup(categoryId, c, "category") })),
  );

  const cast = castMovies(createRandom("cast"), movieData, actorData);
  const produced = produceMovies(createRandom("producers"), movieData.length, producerData.length);

  // Bios mention a film the person is in; the top-billed current one reads best.
  const creditTitle = (movieIndexes: number[], status: MovieData["status"]) =>
    movieIndexes.map((i) => movieData[i]).find((m) => m.status === status)?.title;

  const peopleRng = createRandom("people");
  const actorRows: (typeof actors.$inferInsert & { id: string })[] = actorData.map((a, index) => {
    const slug = slugify(a.name);
    const photo = svgUpload(`actor:${slug}`, portraitSvg(a.name), 400, 400);
    uploadRows.push(photo);
    // Two draws averaged: most working actors are middle-aged, a few are veterans or teenagers.
    const birthYear = Math.round((peopleRng.int(1940, 2008) + peopleRng.int(1940, 2008)) / 2);
    const birthDate = `${birthYear}-${String(peopleRng.int(1, 12)).padStart(2, "0")}-${String(peopleRng.int(1, 28)).padStart(2, "0")}`;
    const films = cast
      .filter((c) => c.actorIndex === index)
      .sort((x, y) => x.billingOrder - y.billingOrder)
      .map((c) => c.movieIndex);
    const bio = actorBio(peopleRng, {
      ...a,
      birthYear,
      currentYear,
      nowShowing: creditTitle(films, "now"),
      comingSoon: creditTitle(films, "soon"),
      earlier: creditTitle(films, "archived"),
    });
    return { id: stableUuid(`actor:${slug}`), slug, name: a.name, birthDate, bio, photoId: photo.id };
  });

  const producerRows: (typeof producers.$inferInsert & { id: string })[] = producerData.map((p, index) => {
    const slug = slugify(p.name);
    const photo = svgUpload(`producer:${slug}`, portraitSvg(p.name), 400, 400);
    uploadRows.push(photo);
    const age = peopleRng.int(32, 79);
    const films = produced.filter((c) => c.producerIndex === index).map((c) => c.movieIndex);
    const latest = creditTitle(films, "soon") ?? creditTitle(films, "now");
    const bio = producerBio(peopleRng, { ...p, age, currentYear, credits: films.length, latest });
    return { id: stableUuid(`producer:${slug}`), slug, name: p.name, age, company: p.company, bio, photoId: photo.id };
  });

  const movieCastRows = cast.map((c) => ({
    movieId: movieRows[c.movieIndex].id,
    actorId: actorRows[c.actorIndex].id,
    characterName: c.characterName,
    billingOrder: c.billingOrder,
  }));
  const movieProducerRows = produced.map((c) => ({
    movieId: movieRows[c.movieIndex].id,
    producerId: producerRows[c.producerIndex].id,
  }));

  const scheduleMovies: ScheduleMovie[] = movieData.flatMap((m, i) =>
    m.status === "archived"
      ? []
      : [
          {
            id: movieRows[i].id,
            runtime: m.runtime,
            language: m.language,
            certificate: m.certificate,
            releaseDate: movieRows[i].releaseDate,
            spectacle: m.genres.some((g) => SPECTACLE_GENRES.has(g)),
          },
        ],
  );

  return {
    uploads: uploadRows,
    genres: uniqueSlugs(genreRows, "genres"),
    categories: uniqueSlugs(categoryRows, "categories"),
    movies: uniqueSlugs(movieRows, "movies"),
    actors: uniqueSlugs(actorRows, "actors"),
    producers: uniqueSlugs(producerRows, "producers"),
    movieGenres: movieGenreRows,
    movieCategories: movieCategoryRows,
    movieCast: movieCastRows,
    movieProducers: movieProducerRows,
    scheduleMovies,
  };
}
