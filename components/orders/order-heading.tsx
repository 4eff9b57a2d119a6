import type { ReactNode } from "react";
import Link from "next/link";
import { OrderStatusBadge, PaymentStatusBadge } from "./order-status-badge";

type Status = Parameters<typeof OrderStatusBadge>[0]["status"];
type PaymentStatus = Parameters<typeof PaymentStatusBadge>[0]["status"];

/** An order page's breadcrumb, title and status line; `children` says when it was placed (and by whom, for staff). */
export function OrderHeading({
  back,
  order,
  children,
}: {
  back: { href: string; label: string };
  order: { number: string; status: Status; paymentStatus: PaymentStatus };
  children: ReactNode;
}) {
  return (
    <div>
      <p className="text-sm text-zinc-600">
        <Link href={back.href} className="hover:underline">
          {back.label}
        </Link>{" "}
        /
      </p>
      <h1 className="text-2xl font-bold tracking-tight">
        Order <span className="font-mono">{order.number}</span>
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-zinc-600">
        <OrderStatusBadge status={order.status} />
        <PaymentStatusBadge status={order.paymentStatus} orderStatus={order.status} />
        {children}
      </p>
    </div>
  );
}
