import type { Metadata } from "next";
import Link from "next/link";
import { AuditLogFilters } from "@/components/admin/audit-log-filters";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { EmptyState, PageHeader } from "@/components/admin/page-header";
import { auditLogQuerySchema, listAuditActions, listAuditLog, type AuditLogQuery } from "@/lib/admin/audit-log";
import { requireAdminPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

function single(value: string | string[] | undefined) {
  return typeof value === "string" ? value : undefined;
}

export default async function AdminAuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requireAdminPage("/admin/audit");
  const raw = await searchParams;
  const values = { user: single(raw.user), action: single(raw.action), from: single(raw.from), to: single(raw.to) };
  const parsed = auditLogQuerySchema.safeParse({ ...values, before: single(raw.before) });
  const errors = parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  // A bad filter shows its error next to the field and the unfiltered log below, never a 500.
  const query: AuditLogQuery = parsed.success ? parsed.data : { user: undefined, action: undefined, from: undefined, to: undefined };
  const [{ entries, nextBefore, unknownUser }, actions] = await Promise.all([listAuditLog(query), listAuditActions()]);
  const filters = Object.fromEntries(Object.entries(parsed.success ? values : {}).filter(([, value]) => value)) as Record<string, string>;
  const olderHref = nextBefore ? `/admin/audit?${new URLSearchParams({ ...filters, before: String(nextBefore) })}` : null;
  const newestHref = query.before ? `/admin/audit?${new URLSearchParams(filters)}` : null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Audit log"
        description="Sign-ins, account security events and every admin change, with where they came from. Newest first; times in UTC."
      />
      <AuditLogFilters values={values} actions={actions} errors={errors} />
      {unknownUser ? (
        <EmptyState title="No user has that email or id">Check the spelling, or search by the id shown in an entry.</EmptyState>
      ) : entries.length === 0 ? (
        <EmptyState title="No entries match these filters" />
      ) : (
        <AuditLogTable entries={entries} />
      )}
      {olderHref || newestHref ? (
        <nav aria-label="Audit log pages" className="flex items-center gap-4 text-sm">
          {newestHref ? (
            <Link href={newestHref} className="font-medium text-brand-700 hover:underline">
              ← Newest entries
            </Link>
          ) : null}
          {olderHref ? (
            <Link href={olderHref} className="font-medium text-brand-700 hover:underline">
              Older entries →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
