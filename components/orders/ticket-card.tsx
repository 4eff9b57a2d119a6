import type { ReactNode } from "react";
import { formatMoney } from "@/lib/money";
import { signTicketCode } from "@/lib/orders/ticket-codes";
import type { OrderTicket } from "@/lib/orders/order-details";
import { formatShowDateTime } from "@/lib/time/format";
import { TicketStatusBadge } from "./order-status-badge";
import { seatLabel } from "@/lib/venues/seat-label";

/** One ticket: seat, type, price and its QR code (the signed code, also printed for typing in). */
export function TicketCard({ ticket, currency, timeZone, children }: { ticket: OrderTicket; currency: string; timeZone: string; children?: ReactNode }) {
  const signed = signTicketCode(ticket.code);
  const label = seatLabel(ticket.rowLabel, ticket.seatNumber);
  const live = ticket.status === "valid";
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm break-inside-avoid">
      <div className="flex items-start gap-4">
        {live ? (
          // eslint-disable-next-line @next/next/no-img-element -- a generated PNG from our own route; next/image adds nothing here
          <img src={`/api/orders/qr/${signed}`} alt={`QR code for ${label}`} width={128} height={128} className="size-28 shrink-0 rounded border border-zinc-200 sm:size-32" />
        ) : (
          <div aria-hidden="true" className="flex size-28 shrink-0 items-center justify-center rounded border border-dashed border-zinc-300 text-xs text-zinc-400 sm:size-32">
            {ticket.status === "used" ? "Used" : "Cancelled"}
          </div>
        )}
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <h3 className="text-lg font-semibold">{label}</h3>
          <p className="text-sm text-zinc-700">
            {ticket.ticketTypeName} · <span className="tabular-nums">{formatMoney(ticket.priceMinor, currency)}</span>
            {ticket.bookingFeeMinor > 0 ? <span className="text-zinc-500"> + {formatMoney(ticket.bookingFeeMinor, currency)} fee</span> : null}
          </p>
          <p>
            <TicketStatusBadge status={ticket.status} />
          </p>
          {ticket.status === "cancelled" && ticket.cancelledAt ? (
            <p className="text-xs text-zinc-500">
              Cancelled {formatShowDateTime(ticket.cancelledAt, timeZone)}
              {ticket.refundMinor > 0 ? ` · ${formatMoney(ticket.refundMinor, currency)} refundable` : ""}
            </p>
          ) : null}
          {ticket.status === "used" && ticket.usedAt ? <p className="text-xs text-zinc-500">Checked in {formatShowDateTime(ticket.usedAt, timeZone)}</p> : null}
          {live ? (
            <details className="text-xs text-zinc-500">
              <summary className="cursor-pointer">Ticket code</summary>
              <p className="mt-1 break-all font-mono text-[10px] leading-tight">{signed}</p>
            </details>
          ) : null}
        </div>
      </div>
      {children}
    </li>
  );
}
