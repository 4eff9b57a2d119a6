import { Button, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

/** Sent to the new address: the change happens only when this link is used. */
export default function EmailChangeConfirm({ name, url }: { name: string; url: string }) {
  return (
    <EmailLayout preview="Confirm your new email address" heading="Confirm your new email address">
      <Text>Hi {name},</Text>
      <Text>You asked to use this address for your Marquee account. Confirm it to make the change:</Text>
      <Button href={url} style={{ backgroundColor: "#a3162f", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        Use this address
      </Button>
      <Text>Or open this link: {url}</Text>
      <Text>The link works once and expires in 24 hours. If you didn&apos;t ask for this, ignore this email.</Text>
    </EmailLayout>
  );
}
