import Link from "next/link";

export function Logo() {
  return (
    <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-white">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 fill-brand-600">
        <path d="M3 5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v3a2 2 0 0 0 0 4v3a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-3a2 2 0 0 0 0-4V5Zm6 1v12h2V6H9Zm4 0v12h2V6h-2Z" />
      </svg>
      Marquee
    </Link>
  );
}
