import { Column, Img, Row, Section, Text } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import type { OrderDetail } from "@/lib/orders/order-details";
import { seatLabel } from "@/lib/venues/seat-label";

/** The tickets of an order as email rows: film, place, time in the cinema's zone, seat, type, price, QR. */
export function OrderTickets({
  order,
  qrUrls,
  ticketIds,
}: {
  order: Pick<OrderDetail, "currency" | "showtimes">;
  /** Ticket id → image URL of its QR code; tickets without one are listed without a code. */
  qrUrls?: Record<string, string>;
  /** Only these tickets (e.g. the cancelled ones); all when absent. */
  ticketIds?: string[];
}) {
  return (
    <>
      {order.showtimes.map((showtime) => {
        const shown = showtime.tickets.filter((t) => !ticketIds || ticketIds.includes(t.id));
        if (shown.length === 0) return null;
        return (
          <Section key={showtime.showtimeId} style={{ border: "1px solid #e4e4e7", borderRadius: "8px", padding: "12px 16px", margin: "0 0 16px" }}>
            <Text style={{ fontSize: "18px", fontWeight: 700, margin: "0 0 4px" }}>{showtime.movieTitle}</Text>
            <Text style={{ margin: "0 0 4px" }}>
              {formatShowDateTime(showtime.startsAt, showtime.timeZone)} ({showtime.timeZone})
            </Text>
            <Text style={{ margin: "0 0 12px", color: "#52525b" }}>
              {showtime.cinemaName}, {showtime.screenName} — {showtime.cinemaAddress}, {showtime.cinemaCity} {showtime.cinemaPostcode}
            </Text>
            {shown.map((ticket) => (
              <Row key={ticket.id} style={{ borderTop: "1px solid #f4f4f5", padding: "8px 0" }}>
                <Column style={{ verticalAlign: "top" }}>
                  <Text style={{ margin: 0, fontWeight: 700 }}>{seatLabel(ticket.rowLabel, ticket.seatNumber)}</Text>
                  <Text style={{ margin: 0 }}>
                    {ticket.ticketTypeName} · {formatMoney(ticket.priceMinor, order.currency)}
                    {ticket.bookingFeeMinor > 0 ? ` + ${formatMoney(ticket.bookingFeeMinor, order.currency)} booking fee` : ""}
                  </Text>
                  {ticket.status === "cancelled" ? <Text style={{ margin: 0, color: "#b91c1c" }}>Cancelled</Text> : null}
                </Column>
                {qrUrls?.[ticket.id] ? (
                  <Column style={{ width: "132px", textAlign: "right" }}>
                    <Img
                      src={qrUrls[ticket.id]}
                      width="120"
                      height="120"
                      alt={`QR code for ${seatLabel(ticket.rowLabel, ticket.seatNumber)}`}
                    />
                  </Column>
                ) : null}
              </Row>
            ))}
          </Section>
        );
      })}
    </>
  );
}
