import Link from "next/link";

export default function OrderNotFound() {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold tracking-tight">Order not found</h1>
      <p className="mt-2 text-zinc-600">We couldn&apos;t find that order in your account. Check the number in your confirmation email.</p>
      <Link href="/account/orders" className="mt-4 inline-block font-medium text-brand-700 hover:underline">
        See your orders
      </Link>
    </div>
  );
}
