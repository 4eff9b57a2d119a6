"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/box-office", label: "Today", match: (path: string) => path === "/box-office" || path.startsWith("/box-office/showtimes") },
  { href: "/box-office/sale", label: "Payment", match: (path: string) => path.startsWith("/box-office/sale") || path.startsWith("/box-office/orders") },
  { href: "/box-office/check-in", label: "Check-in", match: (path: string) => path.startsWith("/box-office/check-in") },
  { href: "/box-office/pay", label: "Mark paid", match: (path: string) => path.startsWith("/box-office/pay") },
];

/** The box office's four places, as large tap targets that fit a phone's width in one row. */
export function BoxOfficeNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Box office" className="print:hidden">
      <ul className="grid grid-cols-4 gap-1 text-sm font-semibold sm:flex sm:gap-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.match(pathname) ? "page" : undefined}
              className="flex min-h-11 items-center justify-center rounded-md px-2 py-2 text-center text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 sm:px-4"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
