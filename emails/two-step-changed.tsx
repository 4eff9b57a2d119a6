import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export type TwoStepChange = "authenticator-added" | "authenticator-removed" | "recovery-codes-replaced" | "recovery-code-used" | "turned-off";

const HEADINGS: Record<TwoStepChange, string> = {
  "authenticator-added": "Two-step verification is on",
  "authenticator-removed": "Your authenticator app was removed",
  "recovery-codes-replaced": "You have new recovery codes",
  "recovery-code-used": "A recovery code was used to sign in",
  "turned-off": "Two-step verification is off",
};

/** One message for every change to a user's second factors (lib/auth/mfa/notifications.ts). */
export default function TwoStepChanged({
  name,
  change,
  codesLeft,
  when,
  securityUrl,
}: {
  name: string;
  change: TwoStepChange;
  /** Unused recovery codes after the change (shown when a code was used). */
  codesLeft?: number;
  when: string;
  securityUrl: string;
}) {
  return (
    <EmailLayout preview={HEADINGS[change]} heading={HEADINGS[change]}>
      <Text>Hi {name},</Text>
      {change === "authenticator-added" ? (
        <Text>
          An authenticator app was added to your Marquee account on {when} (UTC). From now on, signing in asks for a code
          from it after your password.
        </Text>
      ) : null}
      {change === "authenticator-removed" ? (
        <Text>The authenticator app was removed from your Marquee account on {when} (UTC).</Text>
      ) : null}
      {change === "recovery-codes-replaced" ? (
        <Text>New recovery codes were made for your Marquee account on {when} (UTC). The old ones no longer work.</Text>
      ) : null}
      {change === "recovery-code-used" ? (
        <Text>
          A recovery code was used to sign in to your Marquee account on {when} (UTC). Each code works once; you have{" "}
          {codesLeft ?? 0} left.{(codesLeft ?? 0) <= 3 ? " Make new ones soon on your security page." : ""}
        </Text>
      ) : null}
      {change === "turned-off" ? (
        <Text>
          Two-step verification was turned off for your Marquee account on {when} (UTC): signing in needs only your
          password again, and your recovery codes no longer work.
        </Text>
      ) : null}
      <Text>If this wasn&apos;t you, change your password and check your devices now: {securityUrl}</Text>
    </EmailLayout>
  );
}
