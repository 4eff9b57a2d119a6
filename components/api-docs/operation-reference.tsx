import type { Access } from "@/lib/actions/operation";
import type { ReferenceOperation } from "@/lib/api/reference";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { FieldTable } from "./field-table";
import styles from "./reference-table.module.css";
import { Breakable, InlineCode } from "./inline-code";

const methodTones: Record<string, BadgeTone> = { GET: "info", POST: "success", PUT: "warning", PATCH: "warning", DELETE: "danger" };

const accessLabels: Record<Access, { label: string; detail: string; tone: BadgeTone }> = {
  public: { label: "Public", detail: "anyone may call it, no token needed.", tone: "neutral" },
  "signed-in": { label: "Signed in", detail: "any account, with its access token as `Authorization: Bearer …`.", tone: "info" },
  staff: { label: "Staff", detail: "box-office staff or admin accounts, with an access token; customers get 403.", tone: "brand" },
  admin: { label: "Admin", detail: "admin accounts only, with an access token; customers get 403.", tone: "warning" },
};

export function MethodBadge({ method }: { method: string }) {
  return (
    <span className="inline-block w-16 shrink-0 text-center font-mono">
      <Badge tone={methodTones[method] ?? "neutral"}>{method}</Badge>
    </span>
  );
}

function Subheading({ children }: { children: string }) {
  return <h3 className="mb-2 text-sm font-semibold text-zinc-900">{children}</h3>;
}

/** One operation: what it does, who may call it, what it takes and what it answers. */
export function OperationReference({ operation }: { operation: ReferenceOperation }) {
  const headingId = `${operation.operationId}-heading`;
  const access = accessLabels[operation.access];
  const success = operation.responses.find((response) => response.status.startsWith("2") && response.fields.length > 0);
  return (
    <section id={operation.operationId} aria-labelledby={headingId} className="scroll-mt-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-lg font-semibold">
        <MethodBadge method={operation.method} />{" "}
        <code className="min-w-0 break-words font-mono text-base">
          <Breakable text={operation.path} />
        </code>
      </h2>
      <p className="mt-2 font-medium text-zinc-900">{operation.summary}</p>
      {operation.description ? (
        <p className="mt-1 text-sm text-zinc-700">
          <InlineCode text={operation.description} />
        </p>
      ) : null}
      <dl className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-700">
        <dt className="font-semibold text-zinc-900">Who may call:</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <Badge tone={access.tone}>{access.label}</Badge>
          <span>
            <InlineCode text={access.detail} />
          </span>
        </dd>
        <dt className="sr-only">Operation id</dt>
        <dd className="w-full text-xs text-zinc-600">
          operationId <code className="font-mono">{operation.operationId}</code>
        </dd>
      </dl>

      <div className="mt-5 flex flex-col gap-5">
        {operation.parameters.length > 0 ? (
          <div>
            <Subheading>Parameters</Subheading>
            <FieldTable caption={`Parameters of ${operation.method} ${operation.path}`} fields={operation.parameters} showLocation />
          </div>
        ) : null}
        {operation.body ? (
          <div>
            <Subheading>Request body (application/json)</Subheading>
            {operation.body.length > 0 ? (
              <FieldTable caption={`Request body of ${operation.method} ${operation.path}`} fields={operation.body} />
            ) : (
              <p className="text-sm text-zinc-700">An empty object.</p>
            )}
          </div>
        ) : null}
        <div>
          <Subheading>Responses</Subheading>
          <div className="overflow-x-auto rounded-lg border border-zinc-200">
            <table className={`${styles.table} ${styles.wrapping} ${styles.statuses}`}>
              <caption className="sr-only">Responses of {`${operation.method} ${operation.path}`}</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-20">
                    Status
                  </th>
                  <th scope="col">Meaning</th>
                </tr>
              </thead>
              <tbody>
                {operation.responses.map((response) => (
                  <tr key={response.status}>
                    <th scope="row">{response.status}</th>
                    <td>
                      <InlineCode text={response.description} />
                      {response.problemCode ? (
                        <>
                          {" "}
                          <a href={`/api/docs#problem-${response.problemCode}`} className="text-brand-700 underline underline-offset-4">
                            Problem <code>{response.problemCode}</code>
                          </a>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        {success ? (
          <div>
            <Subheading>{`Response body (${success.status})`}</Subheading>
            <FieldTable caption={`Response body of ${operation.method} ${operation.path}`} fields={success.fields} output />
          </div>
        ) : null}
      </div>
    </section>
  );
}
