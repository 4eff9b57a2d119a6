import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import type { AccountSummary } from "@/lib/auth/account-summary";

/** Holds the links' place in the header until they are known, so the header does not jump. */
export function AccountLinksPlaceholder() {
  return <span className="h-8 w-20" aria-hidden="true" />;
}

/** The header's links for a visitor: rendered on the server (AccountLinks) or in the browser (AccountIsland). */
export function AccountLinksView({ account }: { account: AccountSummary }) {
  if (!account) {
    return (
      <Link href="/sign-in" className="rounded-md bg-white/10 px-3 py-1.5 font-medium hover:bg-white/20">
        Sign in
      </Link>
    );
  }
  return (
    <>
      {account.role === "admin" ? (
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>
      ) : null}
      {account.role === "staff" ? (
        <Link href="/box-office" className="hover:underline">
          Box office
        </Link>
      ) : null}
      <Link href="/cart" className="inline-flex items-center gap-1.5 hover:underline">
        Cart
        {account.cartSeats > 0 ? (
          <span className="rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-bold leading-none text-white">
            {account.cartSeats}
            <span className="sr-only"> {account.cartSeats === 1 ? "seat" : "seats"} held</span>
          </span>
        ) : null}
      </Link>
      <Link href="/account" className="hover:underline">
        Account
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md bg-white/10 px-3 py-1.5 font-medium hover:bg-white/20">
          Sign out
        </button>
      </form>
    </>
  );
}
