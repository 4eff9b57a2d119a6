import type { Metadata } from "next";
import { EmailedLinkCard } from "@/components/auth/emailed-link-form";
import { confirmEmailChangeAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your new email", robots: { index: false } };

export default async function ConfirmEmailChangePage({ searchParams }: PageProps<"/confirm-email-change">) {
  const { token } = await searchParams;
  return (
    <EmailedLinkCard
      title="Confirm your new email"
      intro="Your Marquee account will use this address from now on."
      token={token}
      action={confirmEmailChangeAction}
      label="Use this address"
      pendingLabel="Confirming…"
      next={{ href: "/account", label: "Go to your account" }}
    />
  );
}
