import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OperationReference } from "@/components/api-docs/operation-reference";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { apiReference } from "@/lib/api/reference-document";
import { pageMetadata } from "@/lib/seo/metadata";

/** One tag of the API reference (Cart, Orders…): every operation of it, from the OpenAPI document. */
type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return apiReference().tags.map((tag) => ({ tag: tag.id }));
}

function tagOf(id: string) {
  return apiReference().tags.find((tag) => tag.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = tagOf((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    title: `${tag.name} · API reference`,
    description: `The Marquee API's ${tag.name.toLowerCase()} operations: what each takes, who may call it and what it answers.`,
    path: `/api/docs/${tag.id}`,
  });
}

export default async function ApiTagPage({ params }: Props) {
  const tag = tagOf((await params).tag);
  if (!tag) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumbs
          items={[
            { name: "Home", path: "/" },
            { name: "API reference", path: "/api/docs" },
            { name: tag.name, path: `/api/docs/${tag.id}` },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight">{tag.name}</h1>
        <p className="mt-1 text-sm text-zinc-600">
          API reference ·{" "}
          <Link href="/api/docs" className="text-brand-700 underline underline-offset-2">
            conventions, sign-in and problem types
          </Link>
        </p>
      </div>
      {tag.operations.map((operation) => (
        <OperationReference key={operation.operationId} operation={operation} />
      ))}
    </div>
  );
}
