import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

/**
 * Sent the first time in a window that wrong secrets for one account reach the per-account limit
 * (lib/security/account-throttle.ts), whatever addresses they came from.
 */
export default function AccountGuessing({
  name,
  secret,
  failures,
  when,
  resetUrl,
  securityUrl,
}: {
  name: string;
  secret: "password" | "second-factor";
  failures: number;
  when: string;
  resetUrl: string;
  securityUrl: string;
}) {
  const what = secret === "password" ? `${failures} wrong passwords` : `${failures} wrong verification codes`;
  return (
    <EmailLayout preview="Someone is trying to sign in to your Marquee account" heading="Someone is trying to sign in">
      <Text>Hi {name},</Text>
      <Text>
        Up to {when} (UTC), {what} were tried on your Marquee account. To protect it, new attempts now have to wait a
        little longer each time. Devices you have signed in from before are not slowed down.
      </Text>
      {secret === "second-factor" ? (
        <Text>
          Whoever tried this already knew your password. Change it now and check your signed-in devices: {securityUrl}
        </Text>
      ) : (
        <Text>
          If this was you, wait a few minutes or reset your password: {resetUrl}. If it wasn&apos;t, your password is still
          safe as long as it is not used on another site; a long, unique one makes guessing hopeless.
        </Text>
      )}
    </EmailLayout>
  );
}
