"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { verifyEmailAddress } from "@/lib/auth/verify-email";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { invalidInput, type ActionState } from "@/lib/actions/action-state";

export async function signInAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const input = {
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
    callbackUrl: String(formData.get("callbackUrl") ?? ""),
  };
  const values = { email: input.email };
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, formError: "That email and password don't match an account.", values };
    }
    throw error;
  }
  redirect(safeRedirectPath(parsed.data.callbackUrl));
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

export async function signUpAction(input: unknown): Promise<ActionState> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  await signUp(parsed.data);
  return { ok: true };
}

export async function verifyEmailAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  const verified = await verifyEmailAddress(String(formData.get("token") ?? ""));
  if (!verified) {
    return { ok: false, formError: "This link has expired or was already used. Sign in to get a new one." };
  }
  redirect("/sign-in?verified=1");
}
