"use client";

import { useActionState } from "react";
import type { Role } from "@/lib/auth/session-policy";
import { changeUserRoleAction, setUserDisabledAction } from "@/app/admin/users/actions";

const smallButton = "rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm font-semibold hover:bg-zinc-100 disabled:text-zinc-400";

/**
 * The roles a user can be moved to from `role`, one button each. Removing a role makes a customer;
 * the names read with the email ("Make staff ana@…", "Remove admin from ana@…").
 */
function roleChanges(role: Role): { to: Role; label: string; name: string }[] {
  const remove = (what: string) => ({ to: "customer" as const, label: `Remove ${what}`, name: `Remove ${what} from` });
  switch (role) {
    case "customer":
      return [{ to: "staff", label: "Make staff", name: "Make staff" }, { to: "admin", label: "Make admin", name: "Make admin" }];
    case "staff":
      return [{ to: "admin", label: "Make admin", name: "Make admin" }, remove("staff")];
    case "admin":
      return [remove("admin"), { to: "staff", label: "Make staff", name: "Make staff" }];
  }
}

/** Role and access buttons for one user; errors (e.g. acting on yourself) appear in the row. */
export function UserRowActions({
  user,
  isSelf,
}: {
  user: { id: string; email: string; role: Role; disabled: boolean };
  isSelf: boolean;
}) {
  const [roleState, roleAction, rolePending] = useActionState(changeUserRoleAction, null);
  const [disableState, disableAction, disablePending] = useActionState(setUserDisabledAction, null);
  const error = [roleState, disableState].find((state) => state && !state.ok);
  if (isSelf) return <span className="text-sm text-zinc-500">This is you</span>;
  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex flex-wrap gap-2">
        {roleChanges(user.role).map((change) => (
          <form key={change.to} action={roleAction}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="role" value={change.to} />
            <button type="submit" className={smallButton} disabled={rolePending} aria-label={`${change.name} ${user.email}`}>
              {change.label}
            </button>
          </form>
        ))}
        <form action={disableAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" className={smallButton} disabled={disablePending} aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}>
            {user.disabled ? "Enable" : "Disable"}
          </button>
        </form>
      </div>
      {error && !error.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {error.formError ?? "That didn't work. Reload and try again."}
        </p>
      ) : null}
    </div>
  );
}
