import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export default function SignInMethodChanged({
  name,
  method,
  change,
  securityUrl,
}: {
  name: string;
  method: string;
  change: "connected" | "disconnected";
  securityUrl: string;
}) {
  const connected = change === "connected";
  return (
    <EmailLayout
      preview={`${method} was ${change} ${connected ? "to" : "from"} your Marquee account`}
      heading={connected ? `You can now sign in with ${method}` : `${method} no longer signs you in`}
    >
      <Text>Hi {name},</Text>
      <Text>
        {connected
          ? `Your ${method} account was connected to your Marquee account, so it can sign you in.`
          : `Your ${method} account was disconnected from your Marquee account and can no longer sign you in.`}
      </Text>
      <Text>If this wasn&apos;t you, check your sign-in methods and devices now: {securityUrl}</Text>
    </EmailLayout>
  );
}
