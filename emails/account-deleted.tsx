import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export default function AccountDeleted({
  name,
  cancelledTickets,
}: {
  name: string;
  cancelledTickets: number;
}) {
  return (
    <EmailLayout preview="Your Marquee account was deleted" heading="Your account was deleted">
      <Text>Hi {name},</Text>
      <Text>
        As you asked, we deleted your Marquee account and the personal data it held, and signed out every device. This is
        the last email we send you.
      </Text>
      {cancelledTickets > 0 ? (
        <Text>
          We cancelled {cancelledTickets} upcoming {cancelledTickets === 1 ? "ticket" : "tickets"} under our refund
          policy; any refund due goes back to your original payment method.
        </Text>
      ) : null}
      <Text>
        We keep your past orders without your name or email, because accounting law requires it. If you didn&apos;t ask
        for this, contact us straight away.
      </Text>
    </EmailLayout>
  );
}
