import { personPage } from "@/components/catalog/person-page";
import { getCachedProducer } from "@/lib/catalog/cached";
import { noPagesAtBuild } from "@/lib/catalog/cached-pages";

const producerPage = personPage({
  role: "producer",
  basePath: "/producers",
  load: getCachedProducer,
  fallbackDescription: (name) => `Films produced by ${name}, showing at Marquee cinemas.`,
  facts: ({ company, age }) => [
    { term: "Role", value: "Producer" },
    company ? { term: "Company", value: company } : null,
    age != null ? { term: "Age", value: age } : null,
  ],
  jsonLd: ({ company }) => ({ jobTitle: "Film producer", worksFor: company || undefined }),
});

export const generateMetadata = producerPage.generateMetadata;
export default producerPage.Page;

// Cached for every visitor (lib/catalog/cached-pages.ts): rendered on the first visit, not at build
// (the build has no database), again after 15 s or when an admin edit revalidates its tags, and
// never served older than next.config.ts's expireTime.
export const revalidate = 15;
export const generateStaticParams = noPagesAtBuild;
