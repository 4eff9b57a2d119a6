import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/orders/print-button";
import { PrintableTickets, printableTickets } from "@/components/orders/printable-tickets";
import { buttonClasses } from "@/components/ui/button";
import { requireStaffPage } from "@/lib/auth/dal";
import { findOrderForDesk } from "@/lib/box-office/box-office-actions";
import { formatMoney } from "@/lib/money";
import { orderNumberSchema } from "@/lib/orders/schemas";

export const metadata: Metadata = { title: "Tickets" };

/** A sale's tickets, ready to print and hand over: one block per ticket with its QR code, nothing else on paper. */
export default async function CounterTicketsPage({ params, searchParams }: PageProps<"/box-office/orders/[number]">) {
  const [{ number }, query] = await Promise.all([params, searchParams]);
  await requireStaffPage(`/box-office/orders/${number}`);
  const parsed = orderNumberSchema.safeParse(number);
  const order = parsed.success ? await findOrderForDesk(parsed.data) : null;
  if (!order) notFound();
  const tickets = printableTickets(order);
  const paid = order.paymentStatus === "paid";
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between print:hidden">
        <div>
          {query.sold === "1" ? (
            <p role="status" className="mb-2 rounded-md bg-green-50 px-3 py-2 font-semibold text-green-900">
              Sale complete: {formatMoney(order.totalMinor, order.currency)} paid.
            </p>
          ) : null}
          <h1 className="text-2xl font-bold tracking-tight">Tickets for order {order.number}</h1>
          <p className="text-sm text-zinc-600">
            {tickets.length} valid ticket{tickets.length === 1 ? "" : "s"} · {paid ? "Paid" : order.paymentStatus === "unpaid" ? "Not paid yet" : order.paymentStatus.replace("_", " ")}
          </p>
        </div>
        <div className="grid grid-cols-2 gap-2 sm:flex">
          <Link href="/box-office" className={buttonClasses("secondary", "min-h-11")}>
            New sale
          </Link>
          <PrintButton />
        </div>
      </div>
      <PrintableTickets order={order} />
    </div>
  );
}
