import type { Metadata } from "next";
import { EmailedLinkForm } from "@/components/auth/emailed-link-form";
import { undoEmailChangeAction } from "./actions";

export const metadata: Metadata = { title: "Undo the email change", robots: { index: false } };

export default async function UndoEmailChangePage({ searchParams }: PageProps<"/undo-email-change">) {
  const { token } = await searchParams;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Keep your email address</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-4 text-zinc-700">
            Your account goes back to this address and every device is signed out. Then reset your password, in
            case someone else knows it.
          </p>
          <EmailedLinkForm
            token={token}
            action={undoEmailChangeAction}
            label="Undo the change"
            pendingLabel="Undoing…"
            next={{ href: "/forgot-password", label: "Reset your password" }}
          />
        </>
      ) : (
        <p className="text-zinc-700">This link is incomplete. Open the link from your email again.</p>
      )}
    </div>
  );
}
