"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/dal";
import { userDisableSchema, userRoleChangeSchema } from "@/lib/auth/schemas";
import { changeUserRole, setUserDisabled } from "@/lib/auth/user-admin";
import { domainErrorState, invalidInput, type ActionState } from "@/lib/actions/action-state";

export async function changeUserRoleAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  try {
    const admin = await requireAdmin();
    const parsed = userRoleChangeSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
    if (!parsed.success) return invalidInput(parsed.error);
    await changeUserRole(admin.id, parsed.data.userId, parsed.data.role);
  } catch (error) {
    return domainErrorState(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: "Role changed." };
}

export async function setUserDisabledAction(_previous: ActionState | null, formData: FormData): Promise<ActionState> {
  try {
    const admin = await requireAdmin();
    const parsed = userDisableSchema.safeParse({ userId: formData.get("userId"), disabled: formData.get("disabled") });
    if (!parsed.success) return invalidInput(parsed.error);
    await setUserDisabled(admin.id, parsed.data.userId, parsed.data.disabled);
  } catch (error) {
    return domainErrorState(error);
  }
  revalidatePath("/admin/users");
  return { ok: true, message: "Saved." };
}
