import "server-only";
import TwoStepChanged, { type TwoStepChange } from "@/emails/two-step-changed";
import { now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { log } from "@/lib/log/logger";

const SUBJECTS: Record<TwoStepChange, string> = {
  "authenticator-added": "Two-step verification is on for your Marquee account",
  "authenticator-removed": "An authenticator app was removed from your Marquee account",
  "recovery-codes-replaced": "New recovery codes for your Marquee account",
  "recovery-code-used": "A recovery code was used on your Marquee account",
  "turned-off": "Two-step verification is off for your Marquee account",
};

/** Tells the owner about a change to their second factors; a failed queueing never fails the change. */
export async function sendTwoStepChangedEmail(
  user: { email: string; name: string },
  change: TwoStepChange,
  { codesLeft }: { codesLeft?: number } = {},
) {
  await sendEmail({
    to: user.email,
    subject: SUBJECTS[change],
    template: "two-step-changed",
    react: TwoStepChanged({
      name: user.name,
      change,
      codesLeft,
      when: now().toISOString().slice(0, 16).replace("T", " "),
      securityUrl: `${env.APP_URL}/account/security`,
    }),
  }).catch((error: unknown) => log.error({ err: error }, "could not queue the two-step email"));
}
