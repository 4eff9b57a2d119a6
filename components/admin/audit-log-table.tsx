import { deviceName } from "@/lib/auth/device-name";
import type { AuditLogEntry } from "@/lib/admin/audit-log";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** Details as short "key: value" text; rendered as text, never as HTML (they can hold user input). */
function describeDetails(details: Record<string, unknown>) {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ")
    .slice(0, 300);
}

export function AuditLogTable({ entries }: { entries: AuditLogEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="bg-zinc-50 text-zinc-600">
          <tr>
            <th scope="col" className="px-3 py-3 font-semibold sm:px-4">Event</th>
            <th scope="col" className="hidden px-4 py-3 font-semibold md:table-cell">Who</th>
            <th scope="col" className="hidden px-4 py-3 font-semibold lg:table-cell">Subject and details</th>
            <th scope="col" className="hidden px-4 py-3 font-semibold md:table-cell">From</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 align-top">
          {entries.map((entry) => {
            const who = entry.actorEmail ?? (entry.actorUserId ? "deleted user" : "anonymous");
            const subject = `${entry.entityType}${entry.entityId ? ` ${entry.entityId}` : ""}`;
            const details = describeDetails(entry.details);
            const from = [entry.ipAddress ?? "no address", entry.userAgent ? deviceName(entry.userAgent) : null].filter(Boolean).join(" · ");
            return (
              <tr key={entry.id}>
                <td className="px-3 py-3 sm:px-4">
                  <div className="font-mono text-[13px] font-semibold break-all text-zinc-900">{entry.action}</div>
                  <div className="whitespace-nowrap text-zinc-600">{when.format(entry.createdAt)} UTC</div>
                  {/* On narrow screens the other columns fold into this one. */}
                  <div className="mt-1 flex flex-col gap-0.5 text-zinc-700 md:hidden">
                    <span className="break-all">{who}</span>
                    <span className="break-all text-zinc-600">{from}</span>
                  </div>
                  <div className="mt-1 text-zinc-600 lg:hidden">
                    <span className="break-all">{subject}</span>
                    {details ? <span className="block break-words">{details}</span> : null}
                  </div>
                </td>
                <td className="hidden px-4 py-3 break-all md:table-cell">{who}</td>
                <td className="hidden max-w-md px-4 py-3 lg:table-cell">
                  <div className="break-all">{subject}</div>
                  {details ? <div className="break-words text-zinc-600">{details}</div> : null}
                </td>
                <td className="hidden px-4 py-3 md:table-cell">
                  <div className="whitespace-nowrap">{entry.ipAddress ?? "no address"}</div>
                  {entry.userAgent ? <div className="text-zinc-600">{deviceName(entry.userAgent)}</div> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
