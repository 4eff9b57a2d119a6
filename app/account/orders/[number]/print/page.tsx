import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/dal";
import { getOrderForUser } from "@/lib/orders/queries";
import { orderNumberSchema } from "@/lib/orders/schemas";
import { PrintButton } from "@/components/orders/print-button";
import { PrintableTickets, printableTickets } from "@/components/orders/printable-tickets";
import "./print.css";

export const metadata: Metadata = { title: "Printable tickets", robots: { index: false } };

/** One ticket per printed block: large QR, film, time in the cinema's zone, seat, type and order number. */
export default async function PrintTicketsPage({ params }: PageProps<"/account/orders/[number]/print">) {
  const { number } = await params;
  const user = await requireUser(`/account/orders/${number}/print`);
  const parsed = orderNumberSchema.safeParse(number);
  const order = parsed.success ? await getOrderForUser(user.id, parsed.data) : null;
  if (!order) notFound();
  // No ticket is printable before its card payment has gone through.
  if (order.status === "pending_payment") redirect(`/account/orders/${order.number}`);
  const tickets = printableTickets(order);
  return (
    <div data-print-tickets className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Printable tickets</h1>
          <p className="text-sm text-zinc-600">
            Order <span className="font-mono">{order.number}</span> · {tickets.length} valid ticket{tickets.length === 1 ? "" : "s"}
          </p>
        </div>
        <div className="flex gap-2">
          <Link href={`/account/orders/${order.number}`} className="rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100">
            Back to order
          </Link>
          <PrintButton />
        </div>
      </div>
      <PrintableTickets order={order} />
    </div>
  );
}
