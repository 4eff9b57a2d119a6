import { minorToMajor } from "@/lib/money";
import { formatter } from "@/lib/time/format";

/**
 * schema.org JSON-LD for the public pages. Builders take plain data and absolute URLs so they are
 * pure and testable; `serializeJsonLd` is the only way they reach the page.
 */

export type JsonLd = Record<string, unknown>;

/** JSON for a <script> element: `<` escaped so no text from the database can close the script. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** 135 → "PT2H15M" */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ""}${rest > 0 || hours === 0 ? `${rest}M` : ""}`;
}

/**
 * An instant as local wall time with the zone's offset ("2026-12-01T19:30:00+00:00"), which is what
 * search engines show for an event.
 */
export function isoWithOffset(at: Date, timeZone: string): string {
  const parts = formatter(timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  const local = `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export type PlaceInput = {
  name: string;
  url: string;
  address: string;
  city: string;
  postcode: string;
  country: string;
  latitude?: number | null;
  longitude?: number | null;
  telephone?: string;
  screenCount?: number;
};

/** Nodes are identified by their page's URL, so a page's scripts and graphs describe one theatre, one movie. */
export function movieTheaterJsonLd(place: PlaceInput): JsonLd {
  return {
    "@type": "MovieTheater",
    "@id": place.url,
    name: place.name,
    url: place.url,
    address: {
      "@type": "PostalAddress",
      streetAddress: place.address,
      addressLocality: place.city,
      postalCode: place.postcode,
      addressCountry: place.country,
    },
    ...(place.latitude != null && place.longitude != null
      ? { geo: { "@type": "GeoCoordinates", latitude: place.latitude, longitude: place.longitude } }
      : {}),
    ...(place.telephone ? { telephone: place.telephone } : {}),
    ...(place.screenCount ? { screenCount: place.screenCount } : {}),
  };
}

export type MovieInput = {
  title: string;
  url: string;
  imageUrl?: string;
  synopsis: string;
  releaseDate: string;
  runtimeMinutes: number;
  certificate: string;
  genres: string[];
  actors: { name: string; url: string }[];
  producers: { name: string; url: string }[];
  trailerUrl?: string | null;
};

export function movieJsonLd(movie: MovieInput): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Movie",
    "@id": movie.url,
    name: movie.title,
    url: movie.url,
    ...(movie.imageUrl ? { image: movie.imageUrl } : {}),
    description: movie.synopsis,
    datePublished: movie.releaseDate,
    duration: isoDuration(movie.runtimeMinutes),
    genre: movie.genres,
    contentRating: movie.certificate,
    actor: movie.actors.map((a) => ({ "@type": "Person", name: a.name, url: a.url })),
    producer: movie.producers.map((p) => ({ "@type": "Person", name: p.name, url: p.url })),
    ...(movie.trailerUrl ? { trailer: { "@type": "VideoObject", name: `${movie.title} trailer`, embedUrl: movie.trailerUrl, url: movie.trailerUrl } } : {}),
  };
}

export type ScreeningInput = {
  url: string;
  movieTitle: string;
  movieUrl: string;
  startsAt: Date;
  runtimeMinutes: number;
  timeZone: string;
  place: PlaceInput;
  priceMinor: number;
  currency: string;
  soldOut: boolean;
  videoFormat: string;
  inLanguage: string;
  subtitleLanguage: string | null;
};

function screeningEventJsonLd(screening: ScreeningInput): JsonLd {
  const ends = new Date(screening.startsAt.getTime() + screening.runtimeMinutes * 60_000);
  return {
    "@type": "ScreeningEvent",
    name: `${screening.movieTitle} at ${screening.place.name}`,
    url: screening.url,
    startDate: isoWithOffset(screening.startsAt, screening.timeZone),
    endDate: isoWithOffset(ends, screening.timeZone),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    workPresented: { "@id": screening.movieUrl },
    location: { "@id": screening.place.url },
    offers: {
      "@type": "Offer",
      url: screening.url,
      // schema.org prices are decimal amounts, not minor units.
      price: minorToMajor(screening.priceMinor, screening.currency),
      priceCurrency: screening.currency,
      availability: screening.soldOut ? "https://schema.org/SoldOut" : "https://schema.org/InStock",
    },
    videoFormat: screening.videoFormat,
    inLanguage: screening.inLanguage,
    ...(screening.subtitleLanguage ? { subtitleLanguage: screening.subtitleLanguage } : {}),
  };
}

/**
 * Showings as one graph: each theatre and movie once, each event pointing at them by `@id`. A movie's
 * week of showings repeated the theatre's address in every event, which made the JSON-LD, and its copy
 * in the page's RSC payload, the largest part of the page (docs/decisions/021-cached-catalogue-pages.md).
 */
export function screeningsGraphJsonLd(screenings: ScreeningInput[]): JsonLd {
  const theaters = new Map(screenings.map((s) => [s.place.url, movieTheaterJsonLd(s.place)]));
  const movies = new Map(
    screenings.map((s) => [s.movieUrl, { "@type": "Movie", "@id": s.movieUrl, name: s.movieTitle, url: s.movieUrl }]),
  );
  return {
    "@context": "https://schema.org",
    "@graph": [...theaters.values(), ...movies.values(), ...screenings.map(screeningEventJsonLd)],
  };
}

export type PersonInput = {
  name: string;
  url: string;
  imageUrl?: string;
  description: string;
  birthDate?: string | null;
  jobTitle?: string;
  worksFor?: string;
};

export function personJsonLd(person: PersonInput): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name: person.name,
    url: person.url,
    ...(person.imageUrl ? { image: person.imageUrl } : {}),
    ...(person.description ? { description: person.description } : {}),
    ...(person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.worksFor ? { worksFor: { "@type": "Organization", name: person.worksFor } } : {}),
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export function withContext(data: JsonLd): JsonLd {
  return { "@context": "https://schema.org", ...data };
}
