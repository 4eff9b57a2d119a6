import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

/** Sent when an account signs in from a browser it has not used before. */
export default function NewSignIn({
  name,
  when,
  device,
  ipAddress,
  securityUrl,
}: {
  name: string;
  when: string;
  device: string;
  ipAddress: string;
  securityUrl: string;
}) {
  return (
    <EmailLayout preview="New sign-in to your Marquee account" heading="New sign-in from an unknown device">
      <Text>Hi {name},</Text>
      <Text>Your Marquee account was just signed in to from a device we haven&apos;t seen before.</Text>
      <Text>
        When: {when} (UTC)
        <br />
        Device: {device}
        <br />
        Network address: {ipAddress}
      </Text>
      <Text>
        If this was you, there is nothing to do. If it wasn&apos;t, sign that device out and change your password:{" "}
        {securityUrl}
      </Text>
    </EmailLayout>
  );
}
