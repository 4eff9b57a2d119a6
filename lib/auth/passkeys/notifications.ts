import "server-only";
import PasskeyChanged from "@/emails/passkey-changed";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";

export async function sendPasskeyChangedEmail(user: { email: string; name: string }, passkeyName: string, change: "added" | "removed") {
  await sendEmail({
    to: user.email,
    subject: change === "added" ? "A passkey was added to your Marquee account" : "A passkey was removed from your Marquee account",
    template: "passkey-changed",
    react: PasskeyChanged({ name: user.name, passkeyName, change, securityUrl: `${env.APP_URL}/account/security` }),
  });
}
