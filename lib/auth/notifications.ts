import "server-only";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import AccountGuessing from "@/emails/account-guessing";
import NewSignIn from "@/emails/new-sign-in";
import PasswordChanged from "@/emails/password-changed";
import { ACCOUNT_FAILURE_THRESHOLD } from "@/lib/security/account-throttle";
import { deviceName } from "./device-name";

type Recipient = { email: string; name: string };

function formatUtc(at: Date) {
  return at.toISOString().slice(0, 16).replace("T", " ");
}

export async function sendNewSignInEmail(user: Recipient, meta: { userAgent: string; ipAddress: string | null }) {
  await sendEmail({
    to: user.email,
    subject: "New sign-in to your Marquee account",
    template: "new-sign-in",
    react: NewSignIn({
      name: user.name,
      when: formatUtc(now()),
      device: deviceName(meta.userAgent),
      ipAddress: meta.ipAddress ?? "unknown",
      securityUrl: `${env.APP_URL}/account/security`,
    }),
  });
}

export async function sendPasswordChangedEmail(user: Recipient) {
  await sendEmail({
    to: user.email,
    subject: "Your Marquee password was changed",
    template: "password-changed",
    react: PasswordChanged({ name: user.name, when: formatUtc(now()), resetUrl: `${env.APP_URL}/forgot-password` }),
  });
}

/** The owner's notice that wrong secrets for the account reached the per-account limit. */
export async function sendAccountGuessingEmail(user: Recipient, secret: "password" | "second-factor") {
  await sendEmail({
    to: user.email,
    subject: "Someone is trying to sign in to your Marquee account",
    template: "account-guessing",
    react: AccountGuessing({
      name: user.name,
      secret,
      failures: ACCOUNT_FAILURE_THRESHOLD,
      when: formatUtc(now()),
      resetUrl: `${env.APP_URL}/forgot-password`,
      securityUrl: `${env.APP_URL}/account/security`,
    }),
  });
}
