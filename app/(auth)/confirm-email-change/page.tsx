import type { Metadata } from "next";
import { EmailedLinkForm } from "@/components/auth/emailed-link-form";
import { confirmEmailChangeAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your new email", robots: { index: false } };

export default async function ConfirmEmailChangePage({ searchParams }: PageProps<"/confirm-email-change">) {
  const { token } = await searchParams;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Confirm your new email</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-4 text-zinc-700">Your Marquee account will use this address from now on.</p>
          <EmailedLinkForm
            token={token}
            action={confirmEmailChangeAction}
            label="Use this address"
            pendingLabel="Confirming…"
            next={{ href: "/account", label: "Go to your account" }}
          />
        </>
      ) : (
        <p className="text-zinc-700">This link is incomplete. Open the link from your email again.</p>
      )}
    </div>
  );
}
