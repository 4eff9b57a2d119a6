import { Text } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { EmailLayout } from "./components/email-layout";

export default function OrderRefund({
  name,
  number,
  refundedMinor,
  currency,
  reason,
  orderUrl,
}: {
  name: string;
  number: string;
  refundedMinor: number;
  currency: string;
  reason: string;
  orderUrl: string;
}) {
  const heading = `Refund for order ${number}`;
  return (
    <EmailLayout preview={heading} heading={heading}>
      <Text>Hi {name},</Text>
      <Text>
        We have refunded {formatMoney(refundedMinor, currency)} for order {number}, the way you paid. It can take a few days to
        reach your account.
      </Text>
      <Text>Note from Marquee: {reason}</Text>
      <Text>Your order: {orderUrl}</Text>
    </EmailLayout>
  );
}
