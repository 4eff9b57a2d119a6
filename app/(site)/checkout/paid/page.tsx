import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/dal";
import { getOrderForUser } from "@/lib/orders/queries";
import { orderNumberSchema } from "@/lib/orders/schemas";
import { buttonClasses } from "@/components/ui/button";
import { PaymentWatcher } from "@/components/orders/payment-watcher";

export const metadata: Metadata = { title: "Confirming your payment", robots: { index: false } };

/**
 * Where Stripe sends the customer back after paying. Being sent here proves nothing (anyone can open
 * the URL), so this page never marks anything paid: it shows the order as the webhook left it and
 * refreshes until Stripe's confirmation has landed.
 */
export default async function PaymentReturnPage({ searchParams }: PageProps<"/checkout/paid">) {
  const { order: number } = await searchParams;
  const parsed = orderNumberSchema.safeParse(number);
  if (!parsed.success) notFound();
  const user = await requireUser(`/checkout/paid?order=${parsed.data}`);
  const order = await getOrderForUser(user.id, parsed.data);
  if (!order) notFound();
  if (order.status === "confirmed") redirect(`/account/orders/${order.number}?placed=1`);
  return (
    <section className="mx-auto flex max-w-lg flex-col items-center gap-4 rounded-xl border border-zinc-200 bg-white p-6 text-center shadow-sm sm:p-10">
      {order.status === "pending_payment" ? (
        <>
          <h1 className="text-2xl font-bold tracking-tight">Confirming your payment…</h1>
          <p className="text-zinc-600">
            This usually takes a few seconds. Your tickets appear here, and in your email, as soon as the card payment is confirmed.
          </p>
          <PaymentWatcher />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold tracking-tight">The payment did not go through</h1>
          <p className="text-zinc-600">Order {order.number} was cancelled and its seats were released. Nothing was charged.</p>
          <Link href="/movies" className={buttonClasses("primary")}>
            Choose seats again
          </Link>
        </>
      )}
      <Link href={`/account/orders/${order.number}`} className="text-sm font-medium text-indigo-700 hover:underline">
        View order {order.number}
      </Link>
    </section>
  );
}
