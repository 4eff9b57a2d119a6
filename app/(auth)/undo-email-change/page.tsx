import type { Metadata } from "next";
import { EmailedLinkCard } from "@/components/auth/emailed-link-form";
import { undoEmailChangeAction } from "./actions";

export const metadata: Metadata = { title: "Undo the email change", robots: { index: false } };

export default async function UndoEmailChangePage({ searchParams }: PageProps<"/undo-email-change">) {
  const { token } = await searchParams;
  return (
    <EmailedLinkCard
      title="Keep your email address"
      intro="Your account goes back to this address and every device is signed out. Then reset your password, in case someone else knows it."
      token={token}
      action={undoEmailChangeAction}
      label="Undo the change"
      pendingLabel="Undoing…"
      next={{ href: "/forgot-password", label: "Reset your password" }}
    />
  );
}
