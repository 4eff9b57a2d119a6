"use server";

import { revalidatePath } from "next/cache";
import { defineFormStateAction } from "@/lib/actions/define-action";
import { userDisableSchema, userRoleChangeSchema } from "@/lib/auth/schemas";
import { changeUserRole, setUserDisabled } from "@/lib/auth/user-admin";

function revalidateUsers() {
  revalidatePath("/admin/users");
}

export const changeUserRoleAction = defineFormStateAction({
  access: "admin",
  schema: userRoleChangeSchema,
  handler: (input, admin) => changeUserRole(admin.id, input.userId, input.role),
  revalidate: revalidateUsers,
  message: "Role changed.",
});

export const setUserDisabledAction = defineFormStateAction({
  access: "admin",
  schema: userDisableSchema,
  handler: (input, admin) => setUserDisabled(admin.id, input.userId, input.disabled),
  revalidate: revalidateUsers,
  message: "Saved.",
});
