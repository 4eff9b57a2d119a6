import { slugOf, type Constraint, type Field } from "@/lib/api/reference";
import { Breakable, InlineCode } from "./inline-code";
import styles from "./reference-table.module.css";

function Constraints({ rules }: { rules: Constraint[] }) {
  if (rules.length === 0) return <span className="text-zinc-500">—</span>;
  return (
    <ul>
      {rules.map((rule) => (
        <li key={`${rule.label}:${rule.values?.join(",") ?? ""}`}>
          {rule.label}
          {rule.values ? ": " : null}
          {rule.values?.map((value, index) => (
            <span key={value}>
              {index > 0 ? ", " : null}
              <code data-pattern={rule.label === "pattern" || undefined}>{value}</code>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * Parameters, body fields or response fields, one row each. Nested rows (`seats[].row`) sit under
 * their parent, indented. On a phone the four columns fold into two (the rules go under the type,
 * the description under the name: each is rendered in one place per layout, the other hidden).
 */
export function FieldTable({
  caption,
  fields,
  showLocation = false,
  output = false,
}: {
  caption: string;
  fields: (Field & { in?: string })[];
  showLocation?: boolean;
  /** A response's fields: "required" there means always present, which goes without saying. */
  output?: boolean;
}) {
  const captionId = `table-${slugOf(caption)}`;
  return (
    // Focusable and named, so a keyboard can scroll it should it ever be wider than the screen.
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className={`${styles.table} ${styles.fields}`}>
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="w-1/2 sm:w-[28%]">
              Name
            </th>
            <th scope="col" className="sm:w-[18%]">
              Type
            </th>
            <th scope="col" className="w-[22%]">
              Rules
            </th>
            <th scope="col">
              Description
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={`${field.in ?? ""}:${field.name}`}>
              <th scope="row" data-nested={field.nested || undefined}>
                <code>
                  <Breakable text={field.name} />
                </code>
                <span className="mt-0.5 block text-xs">
                  {field.required ? (
                    output ? null : <span className="font-semibold text-brand-700">required</span>
                  ) : (
                    <span className="text-zinc-600">{output ? "may be absent" : "optional"}</span>
                  )}
                  {showLocation && field.in ? <span className="text-zinc-600"> · in {field.in}</span> : null}
                </span>
                {field.description ? (
                  <span className={`${styles.narrow} mt-1 block text-zinc-700`}>
                    <InlineCode text={field.description} />
                  </span>
                ) : null}
              </th>
              <td>
                <code>{field.type}</code>
                {field.constraints.length > 0 ? (
                  <div className={`${styles.narrow} mt-1`}>
                    <Constraints rules={field.constraints} />
                  </div>
                ) : null}
              </td>
              <td>
                <Constraints rules={field.constraints} />
              </td>
              <td>{field.description ? <InlineCode text={field.description} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
