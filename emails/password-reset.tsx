import { Button, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export default function PasswordReset({ name, url }: { name: string; url: string }) {
  return (
    <EmailLayout preview="Reset your Marquee password" heading="Reset your password">
      <Text>Hi {name},</Text>
      <Text>Someone — hopefully you — asked to reset the password of your Marquee account.</Text>
      <Button href={url} style={{ backgroundColor: "#a3162f", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        Choose a new password
      </Button>
      <Text>Or open this link: {url}</Text>
      <Text>The link works once and expires in 1 hour. If you didn&apos;t ask for it, ignore this email: your password stays the same.</Text>
    </EmailLayout>
  );
}
