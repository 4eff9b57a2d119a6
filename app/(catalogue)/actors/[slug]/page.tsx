import { personPage } from "@/components/catalog/person-page";
import { ageOn } from "@/lib/catalog/age";
import { getCachedActor } from "@/lib/catalog/cached";
import { now } from "@/lib/clock";
import { noPagesAtBuild } from "@/lib/catalog/cached-pages";

const birthFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const actorPage = personPage({
  role: "actor",
  basePath: "/actors",
  load: getCachedActor,
  fallbackDescription: (name) => `${name}'s films showing at Marquee cinemas.`,
  facts: ({ birthDate }) =>
    birthDate
      ? [
          { term: "Born", value: <time dateTime={birthDate}>{birthFormat.format(new Date(`${birthDate}T00:00:00Z`))}</time> },
          { term: "Age", value: ageOn(birthDate, now()) },
        ]
      : [],
  jsonLd: ({ birthDate }) => ({ birthDate, jobTitle: "Actor" }),
});

export const generateMetadata = actorPage.generateMetadata;
export default actorPage.Page;

// Cached for every visitor (lib/catalog/cached-pages.ts): rendered on the first visit, not at build
// (the build has no database), again after 15 s or when an admin edit revalidates its tags, and
// never served older than next.config.ts's expireTime.
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
