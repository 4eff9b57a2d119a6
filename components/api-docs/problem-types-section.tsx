import { namedProblemTypes, statusProblemTypes, type ProblemType } from "@/lib/api/problem-types";
import { Breakable, InlineCode } from "./inline-code";
import styles from "./reference-table.module.css";

function ProblemTable({ caption, types }: { caption: string; types: Record<string, ProblemType> }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className={`${styles.table} ${styles.wrapping} ${styles.problems}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col" className="w-20">
              Status
            </th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(types)
            .sort(([, a], [, b]) => a.status - b.status)
            .map(([code, type]) => (
              // The anchor a problem's `type` URI points at (/api/docs#problem-<code>).
              <tr key={code} id={`problem-${code}`} className="scroll-mt-4 target:bg-amber-50">
                <th scope="row">
                  <code>
                    <Breakable text={code} />
                  </code>
                  <span className={`${styles.narrow} mt-0.5 block font-mono text-xs text-zinc-600`}>{type.status}</span>
                </th>
                <td className="font-mono">{type.status}</td>
                <td>
                  <InlineCode text={type.explanation} />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every problem code the API answers with, each with the anchor its `type` URI names. */
export function ProblemTypesSection() {
  return (
    <section id="problem-types" aria-labelledby="problem-types-heading" className="scroll-mt-4">
      <h2 id="problem-types-heading" className="text-2xl font-bold tracking-tight">
        Problem types
      </h2>
      <p className="mt-2 max-w-3xl text-zinc-700">
        Every error is an <code className="font-mono text-sm">application/problem+json</code> body (RFC 9457):{" "}
        <code className="font-mono text-sm">type</code> is this page&apos;s address for the problem,{" "}
        <code className="font-mono text-sm">code</code> the name to branch on, <code className="font-mono text-sm">detail</code> a sentence for a
        person, and for invalid input <code className="font-mono text-sm">errors</code> lists each rejected field.
      </p>
      <h3 className="mb-2 mt-6 text-lg font-semibold">Named problems</h3>
      <p className="mb-3 text-sm text-zinc-700">Refusals with a name of their own, whatever their status.</p>
      <ProblemTable caption="Named problems" types={namedProblemTypes} />
      <h3 className="mb-2 mt-6 text-lg font-semibold">By status</h3>
      <p className="mb-3 text-sm text-zinc-700">Any other problem is named after its status.</p>
      <ProblemTable caption="Problems by status" types={statusProblemTypes} />
    </section>
  );
}
