import type { Pronoun } from "./people";
import type { Random } from "./random";

/** Short biographies assembled from fragments; pronouns and verbs agree with the person. */

function forms(pronoun: Pronoun) {
  const plural = pronoun === "they";
  const subj = pronoun;
  return {
    subj,
    Subj: subj[0].toUpperCase() + subj.slice(1),
    obj: { she: "her", he: "him", they: "them" }[pronoun],
    poss: { she: "her", he: "his", they: "their" }[pronoun],
    has: plural ? "have" : "has",
    is: plural ? "are" : "is",
    was: plural ? "were" : "was",
    /** "keep bees" → "keeps bees" for she and he. */
    verb: (phrase: string) => {
      if (plural) return phrase;
      const [head, ...rest] = phrase.split(" ");
      const inflected = /(s|sh|ch|x|o)$/.test(head) ? `${head}es` : `${head}s`;
      return [inflected, ...rest].join(" ");
    },
  };
}

const numberWords = ["no", "one", "two", "three", "four", "five", "six", "seven"];

const industries: Record<string, string> = {
  en: "British film",
  fr: "French cinema",
  es: "Spanish cinema",
  ja: "Japanese film and animation",
  ko: "Korean film and television",
  hi: "Hindi cinema",
};

const qualities = [
  "a rare stillness on camera",
  "impeccable comic timing",
  "an uncanny ability to make difficult characters sympathetic",
  "a voice that can fill a theatre or drop to a whisper",
  "fearless physical performances",
  "meticulous preparation and a mischievous streak on set",
  "an instinct for finding the joke in the saddest scene",
];

const starts = ["children's television", "regional theatre", "stand-up comedy", "a touring puppet company", "radio drama", "music videos"];

const earlierJobs = ["a primary school teacher", "a paramedic", "a barrister", "a pastry chef", "a local news reporter", "an architect"];

const hobbies = [
  "keep bees on an allotment",
  "run ultramarathons",
  "restore old motorbikes",
  "play bass in a pub band",
  "volunteer at a community theatre",
  "write crime novels under a pen name",
  "swim in the sea all year round",
];

export type ActorBioInput = {
  name: string;
  pronoun: Pronoun;
  from: string;
  language?: string;
  birthYear: number;
  currentYear: number;
  nowShowing?: string;
  comingSoon?: string;
  earlier?: string;
};

export function actorBio(rng: Random, p: ActorBioInput): string {
  const f = forms(p.pronoun);
  const age = p.currentYear - p.birthYear;
  const industry = industries[p.language ?? "en"] ?? industries.en;
  const quality = rng.pick(qualities);

  // Someone who came to acting after another career has had fewer years on screen.
  const lateYears = age > 35 && rng.chance(0.3) ? rng.int(5, 12) : 0;
  const opening = lateYears
    ? `Raised in ${p.from}, ${p.name} (born ${p.birthYear}) came to acting late, after ${lateYears} years working as ${rng.pick(earlierJobs)}.`
    : rng.pick([
        `${p.name} was born in ${p.from} in ${p.birthYear} and trained at a youth theatre there before winning a place at drama school.`,
        `Born in ${p.from} in ${p.birthYear}, ${p.name} started out in ${rng.pick(starts)} and landed ${f.poss} first screen role at the age of ${rng.int(8, Math.max(8, Math.min(19, age - 2)))}.`,
      ]);

  const span = Math.floor((age - 20 - lateYears) / 10);
  const decades = span < 2 ? "a decade" : `${numberWords[Math.min(span, numberWords.length - 1)]} decades`;
  let career: string[];
  if (age < 23) {
    career = [
      `${f.Subj} ${f.has} been acting since childhood and ${f.is} widely tipped as one to watch in ${industry}.`,
      `Critics singled ${f.obj} out after a breakthrough turn in a television drama, and ${f.subj} ${f.has} barely stopped working since.`,
    ];
  } else if (age < 46) {
    career = [
      `${f.Subj} ${f.has} since become one of the most sought-after character actors in ${industry}, admired for ${quality}.`,
      `Equally at home in comedy and drama, ${f.subj} ${f.is} known for ${quality}.`,
    ];
  } else if (age < 70) {
    career = [
      `A familiar face in ${industry} for more than ${decades}, ${f.subj} ${f.is} prized by directors for ${quality}.`,
      `After years of leading roles on stage, ${f.subj} ${f.has} become one of the most dependable presences in ${industry}, known for ${quality}.`,
    ];
  } else {
    career = [
      `A veteran of stage and screen with a career spanning ${decades}, ${f.subj} ${f.is} as celebrated for ${f.poss} Shakespeare as for ${f.poss} film work.`,
      `Over ${decades} in ${industry}, ${f.subj} ${f.has} worked with three generations of directors and ${f.is} still known for ${quality}.`,
    ];
  }

  let closing: string;
  if (p.nowShowing && p.comingSoon) {
    closing = `${f.Subj} can currently be seen in ${p.nowShowing} and will next appear in ${p.comingSoon}.`;
  } else if (p.nowShowing) {
    closing = `${f.Subj} can currently be seen in ${p.nowShowing}.`;
  } else if (p.comingSoon) {
    closing = `${f.Subj} next appear${p.pronoun === "they" ? "" : "s"} in the eagerly awaited ${p.comingSoon}.`;
  } else if (p.earlier) {
    closing = `Audiences may remember ${f.obj} from ${p.earlier}.`;
  } else {
    closing = `Away from the set, ${f.subj} ${f.verb(rng.pick(hobbies))}.`;
  }
  return [opening, rng.pick(career), closing].join(" ");
}

const producerPasts = [
  "a script editor in television drama",
  "a location manager",
  "an entertainment lawyer",
  "a documentary researcher",
  "a film festival programmer",
  "an assistant director",
];

const producerStrengths = [
  "with a reputation for championing first-time directors",
  "known for bringing ambitious films in on modest budgets",
  "with a particular love of stories set outside London",
  "known for long, loyal partnerships with writers",
  "with a slate that runs from animation to hard-edged thrillers",
];

export type ProducerBioInput = {
  name: string;
  pronoun: Pronoun;
  company: string;
  age: number;
  currentYear: number;
  /** Films of theirs in the demo catalogue: the bio cannot claim fewer. */
  credits: number;
  latest?: string;
};

export function producerBio(rng: Random, p: ProducerBioInput): string {
  const f = forms(p.pronoun);
  // The numbers have to add up: founded in their late twenties at the earliest, a film a year at most.
  const earliest = p.currentYear - p.age + 27;
  const latest = Math.min(p.currentYear - 3, earliest + 25);
  const founded = rng.int(Math.min(earliest, latest), latest);
  const years = p.currentYear - founded;
  const rolled = rng.int(Math.min(2, years), Math.max(2, Math.min(24, Math.round(years * 0.8))));
  const features = Math.max(rolled, p.credits);
  const before = rng.int(3, Math.max(3, Math.min(12, founded - (p.currentYear - p.age) - 21)));
  return [
    `${p.name} founded ${p.company} in ${founded} after ${before} years as ${rng.pick(producerPasts)}.`,
    `${f.Subj} ${f.has} produced ${features} feature films, ${rng.pick(producerStrengths)}.`,
    p.latest
      ? `${f.poss[0].toUpperCase() + f.poss.slice(1)} latest production is ${p.latest}.`
      : `${f.Subj} ${f.is} currently developing ${numberWords[rng.int(2, 4)]} new features.`,
  ].join(" ");
}
