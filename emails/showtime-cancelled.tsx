import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export type ShowtimeCancelledProps = {
  name: string;
  orderNumber: string;
  movieTitle: string;
  cinemaName: string;
  /** Already formatted in the cinema's time zone. */
  when: string;
  ticketCount: number;
  /** Already formatted with formatMoney. */
  refund: string;
  paid: boolean;
  reason: string;
};

export default function ShowtimeCancelled(props: ShowtimeCancelledProps) {
  const tickets = `${props.ticketCount} ${props.ticketCount === 1 ? "ticket" : "tickets"}`;
  return (
    <EmailLayout preview={`${props.movieTitle} on ${props.when} is cancelled`} heading="Your showtime is cancelled">
      <Text>Hi {props.name},</Text>
      <Text>
        We&apos;re sorry: {props.movieTitle} at {props.cinemaName} on {props.when} has been cancelled. Your {tickets} in
        order {props.orderNumber} {props.ticketCount === 1 ? "is" : "are"} no longer valid.
      </Text>
      <Text>Reason: {props.reason}</Text>
      <Text>
        {props.paid
          ? `We will refund ${props.refund}, including the booking fee, to your original payment method.`
          : `You had not paid yet, so there is nothing to pay. (Its value was ${props.refund}.)`}
      </Text>
      <Text>You can book another showing on Marquee at any time.</Text>
    </EmailLayout>
  );
}
