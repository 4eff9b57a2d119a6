import { Badge, type BadgeTone } from "@/components/ui/badge";

const orderLabels = {
  pending_payment: ["Awaiting payment", "warning"],
  confirmed: ["Confirmed", "success"],
  cancelled: ["Cancelled", "neutral"],
} as const satisfies Record<string, [string, BadgeTone]>;
const paymentLabels = {
  unpaid: ["Pay at the cinema", "warning"],
  paid: ["Paid", "success"],
  refund_due: ["Refund due", "info"],
  refunded: ["Refunded", "neutral"],
} as const satisfies Record<string, [string, BadgeTone]>;
const ticketLabels = { valid: ["Valid", "success"], used: ["Used", "neutral"], cancelled: ["Cancelled", "danger"] } as const satisfies Record<
  string,
  [string, BadgeTone]
>;

export function OrderStatusBadge({ status }: { status: keyof typeof orderLabels }) {
  const [label, tone] = orderLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function PaymentStatusBadge({ status, orderStatus }: { status: keyof typeof paymentLabels; orderStatus: keyof typeof orderLabels }) {
  // An unpaid order that was cancelled owes nothing, and one awaiting its card payment says so already:
  // "pay at the cinema" would mislead both.
  if (status === "unpaid" && orderStatus === "cancelled") return <Badge tone="neutral">Not charged</Badge>;
  if (status === "unpaid" && orderStatus === "pending_payment") return null;
  const [label, tone] = paymentLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function TicketStatusBadge({ status }: { status: keyof typeof ticketLabels }) {
  const [label, tone] = ticketLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}
