import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentUser } from "@/lib/auth/dal";

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
      <Link href="/cart" className="hover:underline">
        Cart
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
