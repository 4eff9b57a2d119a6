import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentUser } from "@/lib/auth/dal";
import { countCartSeats } from "@/lib/booking/cart";

export async function AccountLinks() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="rounded-md bg-white/10 px-3 py-1.5 font-medium hover:bg-white/20">
        Sign in
      </Link>
    );
  }
  return (
    <>
      {user.role === "admin" ? (
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>
      ) : null}
      {user.role === "staff" ? (
        <Link href="/box-office" className="hover:underline">
          Box office
        </Link>
      ) : null}
      <CartLink userId={user.id} />
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

/** "Cart" with the number of seats held in it. */
async function CartLink({ userId }: { userId: string }) {
  const seats = await countCartSeats(userId);
  return (
    <Link href="/cart" className="inline-flex items-center gap-1.5 hover:underline">
      Cart
      {seats > 0 ? (
        <span className="rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-bold leading-none text-white">
          {seats}
          <span className="sr-only"> {seats === 1 ? "seat" : "seats"} held</span>
        </span>
      ) : null}
    </Link>
  );
}
