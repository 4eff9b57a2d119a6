import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export default function PasswordChanged({ name, when, resetUrl }: { name: string; when: string; resetUrl: string }) {
  return (
    <EmailLayout preview="Your Marquee password was changed" heading="Your password was changed">
      <Text>Hi {name},</Text>
      <Text>The password of your Marquee account was changed on {when} (UTC).</Text>
      <Text>
        If this was you, there is nothing to do. If it wasn&apos;t, reset your password now — this signs out every
        device: {resetUrl}
      </Text>
    </EmailLayout>
  );
}
