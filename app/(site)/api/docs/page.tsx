import type { Metadata } from "next";
import { z } from "zod";
import { Breakable } from "@/components/api-docs/inline-code";
import { MethodBadge } from "@/components/api-docs/operation-reference";
import { ProblemTypesSection } from "@/components/api-docs/problem-types-section";
import { QuickStart } from "@/components/api-docs/quick-start";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { ACCESS_TOKEN_TTL_SECONDS } from "@/lib/api/access-tokens";
import { pageQuery } from "@/lib/api/pagination";
import type { JsonSchema } from "@/lib/api/reference";
import { apiReference, operationHref } from "@/lib/api/reference-document";
import { env } from "@/lib/env";
import { pageMetadata } from "@/lib/seo/metadata";

/**
 * The reference of API v1: this overview (conventions, a quick start, the contents, the problem
 * types) and one page per tag ([tag]/page.tsx), all rendered from the document /api/v1/openapi.json
 * serves. One page per tag keeps each a readable size. They live in (site) for the header and footer;
 * the route handlers under app/api have no `docs` segment, so the two never claim the same URL.
 */
export const metadata: Metadata = pageMetadata({
  title: "API reference",
  description: "The Marquee JSON API: sign in for a bearer token, browse the catalogue, book seats. Every operation, its fields and its errors.",
  path: "/api/docs",
});

const OPENAPI_PATH = "/api/v1/openapi.json";

const codeClasses = "rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.85em]";

export default function ApiDocsPage() {
  const { document, tags } = apiReference();
  const origin = new URL(env.APP_URL).origin;
  const pageSize = (z.toJSONSchema(pageQuery, { io: "input" }) as JsonSchema).properties?.pageSize;

  return (
    <div className="flex flex-col gap-10">
      <div>
        <Breadcrumbs items={[{ name: "Home", path: "/" }, { name: "API reference", path: "/api/docs" }]} />
        <h1 className="text-3xl font-bold tracking-tight">API reference</h1>
        <p className="mt-1 text-sm text-zinc-600">
          {document.info.title} {document.info.version} · OpenAPI {document.openapi}
        </p>
        <div className="mt-4 flex max-w-3xl flex-col gap-3 text-zinc-700">
          <p>
            A JSON API over HTTPS at <code className={codeClasses}>{origin}/api/v1</code>: send and receive{" "}
            <code className={codeClasses}>application/json</code>.
          </p>
          <ul className="flex list-disc flex-col gap-2 pl-5">
            <li>
              <strong className="text-zinc-900">Sign in</strong> with <code className={codeClasses}>POST /api/v1/auth/token</code> for a pair of
              tokens, and send the access token on every call as <code className={codeClasses}>Authorization: Bearer &lt;token&gt;</code>. Access
              tokens last {ACCESS_TOKEN_TTL_SECONDS / 60} minutes; the refresh token trades for a new pair at{" "}
              <code className={codeClasses}>POST /api/v1/auth/refresh</code> and rotates: each one works once, and using one twice ends the
              session.
            </li>
            <li>
              <strong className="text-zinc-900">Lists</strong> are paged with <code className={codeClasses}>?page=&amp;pageSize=</code> (at most{" "}
              {pageSize?.maximum ?? 100} per page, {String(pageSize?.default ?? 20)} unless you ask) and answer{" "}
              <code className={codeClasses}>{"{ data, page, pageSize, total }"}</code>.
            </li>
            <li>
              <strong className="text-zinc-900">Errors</strong> are RFC 9457 problem details with a <code className={codeClasses}>code</code> to
              branch on: see <a href="#problem-types" className="text-brand-700 underline underline-offset-2">Problem types</a>.
            </li>
            <li>
              <strong className="text-zinc-900">Machine-readable:</strong> the OpenAPI document this page is made from is at{" "}
              <a href={OPENAPI_PATH} className="font-mono text-[0.9em] text-brand-700 underline underline-offset-2">
                {OPENAPI_PATH}
              </a>
              .
            </li>
          </ul>
        </div>
      </div>

      <QuickStart origin={origin} accessMinutes={ACCESS_TOKEN_TTL_SECONDS / 60} />

      <nav aria-labelledby="contents-heading" className="rounded-xl border border-zinc-200 bg-white p-4 sm:p-6">
        <h2 id="contents-heading" className="text-xl font-bold tracking-tight">
          Contents
        </h2>
        <ol className="mt-3 grid gap-x-8 gap-y-5 md:grid-cols-2">
          {tags.map((tag) => (
            <li key={tag.id}>
              <a href={`/api/docs/${tag.id}`} className="font-semibold text-brand-700 underline underline-offset-2">
                {tag.name}
              </a>
              <ul className="mt-2 flex flex-col gap-1.5 text-sm">
                {tag.operations.map((operation) => (
                  <li key={operation.operationId} className="flex min-w-0 items-baseline gap-2">
                    <MethodBadge method={operation.method} />
                    <a href={operationHref(tag, operation.operationId)} className="min-w-0 text-zinc-800 hover:text-brand-700 hover:underline">
                      <span className="block break-words font-mono text-[0.8125rem]">
                        <Breakable text={operation.path} />
                      </span>
                      {/* On a phone the paths alone keep the contents short. */}
                      <span className="hidden text-zinc-600 md:block">{operation.summary}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#problem-types" className="font-semibold text-brand-700 underline underline-offset-2">
              Problem types
            </a>
          </li>
        </ol>
      </nav>

      <ProblemTypesSection />
    </div>
  );
}
