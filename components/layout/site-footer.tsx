import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 bg-white text-sm text-zinc-600">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>© Marquee — open-source movie ticketing.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li><Link className="hover:underline" href="/movies">Movies</Link></li>
            <li><Link className="hover:underline" href="/cinemas">Cinemas</Link></li>
            <li><Link className="hover:underline" href="/account">Your account</Link></li>
            <li><Link className="hover:underline" href="/api/docs">API</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
