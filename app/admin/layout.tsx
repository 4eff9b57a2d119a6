import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SectionNav } from "@/components/layout/section-nav";
import { requireAdminPage } from "@/lib/auth/dal";

const adminLinks = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/movies", label: "Movies" },
  { href: "/admin/showtimes", label: "Showtimes" },
  { href: "/admin/cinemas", label: "Cinemas" },
  { href: "/admin/actors", label: "Actors" },
  { href: "/admin/producers", label: "Producers" },
  { href: "/admin/categories", label: "Categories" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/box-office", label: "Box office" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/settings", label: "Settings" },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Layouts don't re-run on every navigation: each page and action checks the admin role itself too.
  await requireAdminPage();
  return (
    <>
      <SiteHeader />
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row lg:py-8">
        <aside className="lg:w-52 lg:shrink-0">
          <SectionNav label="Admin" links={adminLinks} />
        </aside>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </>
  );
}
