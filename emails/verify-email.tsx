import { Button, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export default function VerifyEmail({ name, url }: { name: string; url: string }) {
  return (
    <EmailLayout preview="Confirm your email address to start booking" heading="Confirm your email address">
      <Text>Hi {name},</Text>
      <Text>Thanks for joining Marquee. Confirm your address to finish creating your account:</Text>
      <Button href={url} style={{ backgroundColor: "#a3162f", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        Confirm my email
      </Button>
      <Text>Or open this link: {url}</Text>
      <Text>The link works once and expires in 24 hours. If you didn&apos;t sign up, ignore this email.</Text>
    </EmailLayout>
  );
}
