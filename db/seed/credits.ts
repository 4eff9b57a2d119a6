import { characterNames, characterTitles, type ActorData, type Pronoun } from "./people";
import type { MovieData } from "./movies";
import type { Random } from "./random";

/**
 * Who plays whom. Actors with a `language` are cast in that language's films; everyone else in the
 * English-language ones, with the least-used actors favoured so the credits spread across the roster.
 */

export type CastCredit = { movieIndex: number; actorIndex: number; characterName: string; billingOrder: number };

export type ProducerCredit = { movieIndex: number; producerIndex: number };

function balancedPick(rng: Random, candidates: number[], uses: number[], count: number): number[] {
  const chosen: number[] = [];
  let remaining = [...candidates];
  while (chosen.length < count && remaining.length > 0) {
    const next = rng.weighted(remaining, (i) => 1 / (1 + uses[i]) ** 2);
    chosen.push(next);
    uses[next]++;
    remaining = remaining.filter((i) => i !== next);
  }
  return chosen;
}

/** A name not yet used in the film, first or last, with a given name that suits the actor. */
function characterName(rng: Random, language: string, pronoun: Pronoun, taken: Set<string>): string {
  const names = characterNames[language] ?? characterNames.en;
  const firsts = pronoun === "they" ? [...names.she, ...names.he] : names[pronoun];
  for (let attempt = 0; ; attempt++) {
    const first = rng.pick(firsts);
    const last = rng.pick(names.last);
    if (attempt < 50 && (taken.has(first) || taken.has(last))) continue;
    taken.add(first);
    taken.add(last);
    if (language === "en" && rng.chance(0.15)) return `${rng.pick(characterTitles)} ${last}`;
    // Family name first, as these names are written.
    return language === "ko" || language === "ja" ? `${last} ${first}` : `${first} ${last}`;
  }
}

export function castMovies(rng: Random, movies: MovieData[], actors: ActorData[]): CastCredit[] {
  const uses = actors.map(() => 0);
  const credits: CastCredit[] = [];
  movies.forEach((movie, movieIndex) => {
    const lang = movie.language;
    let candidates = actors.flatMap((a, i) => ((a.language ?? "en") === lang ? [i] : []));
    if (candidates.length < 4) candidates = actors.flatMap((a, i) => (a.language ? [] : [i]));
    const size = Math.min(rng.int(4, 8), candidates.length);
    const taken = new Set<string>();
    balancedPick(rng, candidates, uses, size).forEach((actorIndex, i) => {
      credits.push({ movieIndex, actorIndex, characterName: characterName(rng, lang, actors[actorIndex].pronoun, taken), billingOrder: i + 1 });
    });
  });
  return credits;
}

export function produceMovies(rng: Random, movieCount: number, producerCount: number): ProducerCredit[] {
  const uses = Array.from({ length: producerCount }, () => 0);
  const all = uses.map((_, i) => i);
  const credits: ProducerCredit[] = [];
  for (let movieIndex = 0; movieIndex < movieCount; movieIndex++) {
    for (const producerIndex of balancedPick(rng, all, uses, rng.chance(0.4) ? 2 : 1)) {
      credits.push({ movieIndex, producerIndex });
    }
  }
  return credits;
}
