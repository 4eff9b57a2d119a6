import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { BoxOfficeNav } from "@/components/box-office/box-office-nav";
import { requireStaffPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: { default: "Box office", template: "%s · Box office · Marquee" }, robots: { index: false } };

export default async function BoxOfficeLayout({ children }: { children: ReactNode }) {
  // Layouts don't re-run on every navigation: each page and action checks the staff role itself too.
  const staff = await requireStaffPage();
  return (
    <>
      <div className="print:hidden">
        <SiteHeader />
      </div>
      <div className="border-b border-zinc-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-3 py-2 sm:flex-row sm:items-center sm:justify-between sm:px-6">
          <p className="text-sm text-zinc-600">
            <span className="font-semibold text-zinc-900">Box office</span> · {staff.name}
          </p>
          <BoxOfficeNav />
        </div>
      </div>
      <main id="main" className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-5 px-3 py-5 sm:px-6 sm:py-8 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
