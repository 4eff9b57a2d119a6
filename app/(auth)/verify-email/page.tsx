import type { Metadata } from "next";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token } = await searchParams;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Confirm your email</h1>
      {typeof token === "string" && token ? (
        <VerifyEmailForm token={token} />
      ) : (
        <p className="text-zinc-700">This link is incomplete. Open the link from your email again.</p>
      )}
    </div>
  );
}
