import Link from "next/link";

const inputClass =
  "min-h-10 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

type Values = { user?: string; action?: string; from?: string; to?: string };

/** The audit log's filters: a plain GET form, so the filter lives in the URL and a new filter starts at the newest entry. */
export function AuditLogFilters({ values, actions, errors }: { values: Values; actions: string[]; errors: Partial<Record<keyof Values, string>> }) {
  const field = (name: keyof Values, label: string, input: React.ReactNode) => (
    <div className="flex min-w-40 flex-1 flex-col gap-1">
      <label htmlFor={`audit-${name}`} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      {input}
      {errors[name] ? (
        <p id={`audit-${name}-error`} className="text-sm text-red-700">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  const described = (name: keyof Values) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `audit-${name}-error` } : {});
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log" className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-3">
      {field(
        "user",
        "User (email or id)",
        <input id="audit-user" name="user" type="search" defaultValue={values.user} maxLength={320} className={inputClass} {...described("user")} />,
      )}
      {field(
        "action",
        "Action",
        <select id="audit-action" name="action" defaultValue={values.action ?? ""} className={inputClass} {...described("action")}>
          <option value="">Any action</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>,
      )}
      {field("from", "From (UTC)", <input id="audit-from" name="from" type="date" defaultValue={values.from} className={inputClass} {...described("from")} />)}
      {field("to", "To (UTC)", <input id="audit-to" name="to" type="date" defaultValue={values.to} className={inputClass} {...described("to")} />)}
      <div className="flex gap-2">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Apply
        </button>
        <Link href="/admin/audit" className="min-h-10 rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100">
          Reset
        </Link>
      </div>
    </form>
  );
}
