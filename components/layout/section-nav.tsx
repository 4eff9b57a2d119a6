"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Side or top navigation for a signed-in area; marks the current section for screen readers. */
export function SectionNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1 text-sm font-medium lg:flex-col">
        {links.map((link) => {
          const current = link.href === pathname || (link.href !== links[0].href && pathname.startsWith(`${link.href}/`));
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className="block whitespace-nowrap rounded-md px-3 py-2 text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
