import { Text } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import type { OrderDetail } from "@/lib/orders/order-details";
import { EmailLayout } from "./components/email-layout";
import { OrderTickets } from "./order-tickets";

type Props = {
  order: OrderDetail;
  orderUrl: string;
  ticketIds: string[];
  refundMinor: number;
  wholeOrder: boolean;
  /** Set when Marquee (an admin) cancelled, not the customer. */
  reason?: string | null;
};

export default function OrderCancellation({ order, orderUrl, ticketIds, refundMinor, wholeOrder, reason }: Props) {
  const count = ticketIds.length;
  const heading = wholeOrder ? `Order ${order.number} is cancelled` : `${count} ticket${count === 1 ? "" : "s"} cancelled — order ${order.number}`;
  return (
    <EmailLayout preview={heading} heading={heading}>
      <Text>Hi {order.customerName},</Text>
      <Text>
        {reason
          ? `We cancelled ${wholeOrder ? "your order" : "these tickets"}: ${reason}`
          : `As you asked, ${wholeOrder ? "your order is cancelled" : "these tickets are cancelled"}. The seats are free for others now.`}
      </Text>
      <OrderTickets order={order} ticketIds={ticketIds} />
      <Text>
        {refundMinor > 0
          ? order.paymentStatus === "unpaid"
            ? `You had not paid yet, so there is nothing to refund. The cancelled tickets were worth ${formatMoney(refundMinor, order.currency)} under our policy.`
            : `Refund due: ${formatMoney(refundMinor, order.currency)}, returned the way you paid.`
          : "There is no refund for these tickets."}
      </Text>
      {wholeOrder ? null : <Text>Your other tickets are unchanged: {orderUrl}</Text>}
    </EmailLayout>
  );
}
