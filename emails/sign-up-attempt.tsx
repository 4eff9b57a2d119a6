import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

/** Sent instead of a verification email when someone signs up with an address that has an account. */
export default function SignUpAttempt({ signInUrl, resetUrl }: { signInUrl: string; resetUrl: string }) {
  return (
    <EmailLayout preview="Someone tried to create an account with your email" heading="You already have an account">
      <Text>Someone — perhaps you — tried to create a Marquee account with this email address. You already have one.</Text>
      <Text>Sign in: {signInUrl}</Text>
      <Text>Forgotten your password? Reset it: {resetUrl}</Text>
      <Text>If this wasn&apos;t you, you can ignore this email: nothing has changed.</Text>
    </EmailLayout>
  );
}
