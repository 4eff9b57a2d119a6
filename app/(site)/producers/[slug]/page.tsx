import { personPage } from "@/components/catalog/person-page";
import { getCachedProducer } from "@/lib/catalog/cached";

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
