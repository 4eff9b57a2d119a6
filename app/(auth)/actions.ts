"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/schemas";
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
