import { Button, Text } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { formatShowDateTime } from "@/lib/time/format";
import type { OrderDetail } from "@/lib/orders/order-details";
import { EmailLayout } from "./components/email-layout";
import { OrderTickets } from "./order-tickets";

type Props = {
  order: OrderDetail;
  orderUrl: string;
  qrUrls: Record<string, string>;
  policyText: string;
  paymentText: string;
};

export default function OrderConfirmation({ order, orderUrl, qrUrls, policyText, paymentText }: Props) {
  const first = order.showtimes[0];
  const ticketCount = order.showtimes.reduce((n, s) => n + s.tickets.length, 0);
  return (
    <EmailLayout
      preview={`${ticketCount} ticket${ticketCount === 1 ? "" : "s"}${first ? ` for ${first.movieTitle}` : ""} — order ${order.number}`}
      heading={`Your tickets — order ${order.number}`}
    >
      <Text>Hi {order.customerName},</Text>
      <Text>
        Your order is confirmed. Show the QR code of each ticket at the entrance — on your phone or printed. The
        codes are also attached to this email, with a calendar file for each showtime.
      </Text>
      <OrderTickets order={order} qrUrls={qrUrls} />
      <Text style={{ margin: "0 0 4px" }}>Tickets: {formatMoney(order.subtotalMinor, order.currency)}</Text>
      {order.bookingFeeMinor > 0 ? (
        <Text style={{ margin: "0 0 4px" }}>Booking fee: {formatMoney(order.bookingFeeMinor, order.currency)}</Text>
      ) : null}
      <Text style={{ margin: "0 0 12px", fontWeight: 700 }}>Total: {formatMoney(order.totalMinor, order.currency)}</Text>
      <Text>
        <strong>Payment:</strong> {paymentText}
        {order.payBy && first ? ` Pay by ${formatShowDateTime(order.payBy, first.timeZone)}.` : ""}
      </Text>
      <Text>
        <strong>Changes and refunds:</strong> {policyText}
      </Text>
      <Button href={orderUrl} style={{ backgroundColor: "#a3162f", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        View or change your order
      </Button>
      <Text>Or open this link: {orderUrl}</Text>
    </EmailLayout>
  );
}
