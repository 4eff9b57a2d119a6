import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export default function PasskeyChanged({
  name,
  passkeyName,
  change,
  securityUrl,
}: {
  name: string;
  passkeyName: string;
  change: "added" | "removed";
  securityUrl: string;
}) {
  const added = change === "added";
  return (
    <EmailLayout
      preview={added ? `The passkey “${passkeyName}” can now sign you in` : `The passkey “${passkeyName}” no longer signs you in`}
      heading={added ? "A passkey was added to your account" : "A passkey was removed from your account"}
    >
      <Text>Hi {name},</Text>
      <Text>
        {added
          ? `The passkey “${passkeyName}” was added to your Marquee account. It can sign you in on its own and confirm it's you.`
          : `The passkey “${passkeyName}” was removed from your Marquee account and can no longer sign you in.`}
      </Text>
      <Text>If this wasn&apos;t you, check your passkeys and devices now and change your password: {securityUrl}</Text>
    </EmailLayout>
  );
}
