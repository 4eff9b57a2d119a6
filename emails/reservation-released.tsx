import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export type ReservationReleasedProps = {
  name: string;
  orderNumber: string;
  movieTitle: string;
  cinemaName: string;
  /** Already formatted in the cinema's time zone. */
  when: string;
  /** "Row F, seat 7", … */
  seats: string[];
  /** How long before the start unpaid seats are released, e.g. "30 minutes". */
  releasedBefore: string;
  orderUrl: string;
};

export default function ReservationReleased(props: ReservationReleasedProps) {
  const count = props.seats.length;
  return (
    <EmailLayout preview={`Your unpaid seats for ${props.movieTitle} were released`} heading="Your reserved seats were released">
      <Text>Hi {props.name},</Text>
      <Text>
        Your {count === 1 ? "seat" : `${count} seats`} for {props.movieTitle} at {props.cinemaName} on {props.when} (order{" "}
        {props.orderNumber}) {count === 1 ? "was" : "were"} reserved to pay at the cinema, and had not been paid{" "}
        {props.releasedBefore} before the start, so {count === 1 ? "it has" : "they have"} gone back on sale.
      </Text>
      <Text>Released: {props.seats.join("; ")}.</Text>
      <Text>You owe nothing. If you still want to come, book again on Marquee or ask at the box office.</Text>
      <Text>Your order: {props.orderUrl}</Text>
    </EmailLayout>
  );
}
