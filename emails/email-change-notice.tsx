import { Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

/**
 * Sent to the old address, once when a change is asked for and once when it is confirmed. Either way
 * it carries the link that undoes the change (and signs every device out) for 7 days.
 */
export default function EmailChangeNotice({
  name,
  newEmail,
  stage,
  undoUrl,
}: {
  name: string;
  newEmail: string;
  stage: "requested" | "changed";
  undoUrl: string;
}) {
  const changed = stage === "changed";
  return (
    <EmailLayout
      preview={changed ? "Your Marquee email address was changed" : "A change of your Marquee email address was requested"}
      heading={changed ? "Your email address was changed" : "Someone asked to change your email address"}
    >
      <Text>Hi {name},</Text>
      <Text>
        {changed
          ? `Your Marquee account now uses ${newEmail}. We won't send anything to this address any more.`
          : `Someone signed in to your Marquee account asked to use ${newEmail} instead of this address. Nothing changes until that address confirms.`}
      </Text>
      <Text>
        If this was you, there is nothing to do. If it wasn&apos;t, {changed ? "undo the change" : "cancel it"} with this link
        — it also signs out every device, so reset your password afterwards: {undoUrl}
      </Text>
      <Text>The link works for 7 days.</Text>
    </EmailLayout>
  );
}
