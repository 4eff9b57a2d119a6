import Link from "next/link";
import type { ReactNode } from "react";

/** The title row of an admin page: breadcrumb back to the list, heading, main actions. */
export function PageHeader({
  title,
  back,
  actions,
  description,
}: {
  title: string;
  back?: { href: string; label: string };
  actions?: ReactNode;
  description?: ReactNode;
}) {
  return (
    <header className="flex flex-col gap-2">
      {back ? (
        <Link href={back.href} className="text-sm font-medium text-brand-700 hover:underline">
          ← {back.label}
        </Link>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight break-words">{title}</h1>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {description ? <div className="text-zinc-600">{description}</div> : null}
    </header>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 bg-white px-4 py-10 text-center">
      <p className="font-semibold text-zinc-800">{title}</p>
      {children ? <div className="mt-1 text-sm text-zinc-600">{children}</div> : null}
    </div>
  );
}
