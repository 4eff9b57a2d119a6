import type { SecurityEvent } from "@/lib/account/security-log";
import { deviceName } from "@/lib/auth/device-name";
import { formatViewerDateTime } from "@/lib/time/viewer-time-zone";

/** Audit actions in words; anything newer than this list is still shown, from its name. */
const LABELS: Record<string, string> = {
  "auth.signed_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.account_throttled": "Sign-ins paused after repeated failures",
  "auth.session_revoked": "Signed out a device",
  "auth.signed_out_everywhere": "Signed out everywhere",
  "auth.password_changed": "Password changed",
  "auth.password_reset": "Password reset",
  "auth.email_verified": "Email address confirmed",
  "auth.oauth_account_created": "Account created with a sign-in service",
  "auth.reauthenticated": "Confirmed it was you",
  "auth.reauthentication_failed": "Wrong password when confirming it was you",
  "auth.second_factor_failed": "Wrong two-step verification code",
  "mfa.totp_enabled": "Authenticator app turned on",
  "mfa.totp_removed": "Authenticator app removed",
  "mfa.disabled": "Two-step verification turned off",
  "mfa.recovery_codes_issued": "Recovery codes made",
  "mfa.recovery_codes_replaced": "New recovery codes made",
  "mfa.recovery_code_used": "Signed in with a recovery code",
  "user.email_change_requested": "Email change requested",
  "user.email_changed": "Email address changed",
  "user.email_change_undone": "Email change undone",
  "user.sign_in_method_connected": "Sign-in service connected",
  "user.sign_in_method_disconnected": "Sign-in service disconnected",
  "user.role_changed": "Role changed by an administrator",
  "passkey.added": "Passkey added",
  "passkey.removed": "Passkey removed",
  "auth.passkey_failed": "Passkey refused",
};

function labelOf(action: string) {
  const known = LABELS[action];
  if (known) return known;
  const words = action.replaceAll(".", ": ").replaceAll("_", " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

function detailOf(event: SecurityEvent) {
  const { provider, to, method, name } = event.details as { provider?: unknown; to?: unknown; method?: unknown; name?: unknown };
  if (typeof provider === "string") return provider;
  if (typeof name === "string") return name;
  if (typeof to === "string") return `to ${to}`;
  if (typeof method === "string") return `with ${method}`;
  return null;
}

/** `timeZone`: the viewer's own (lib/time/viewer-time-zone.ts). */
export function SecurityLog({ events, days, timeZone }: { events: SecurityEvent[]; days: number; timeZone: string }) {
  if (events.length === 0) {
    return <p className="text-sm text-zinc-600">Nothing in the last {days} days.</p>;
  }
  return (
    <ol className="flex flex-col divide-y divide-zinc-200" aria-label={`Security events of the last ${days} days`}>
      {events.map((event) => {
        const detail = detailOf(event);
        const failed = /fail|denied/.test(event.action);
        return (
          <li key={event.id} className="flex flex-col gap-0.5 py-2.5 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
            <p className={`font-medium ${failed ? "text-red-800" : ""}`}>
              {labelOf(event.action)}
              {detail ? <span className="font-normal text-zinc-600"> · {detail}</span> : null}
            </p>
            <p className="text-sm text-zinc-600 sm:shrink-0 sm:text-right">
              {formatViewerDateTime(event.at, timeZone)}
              {event.userAgent ? ` · ${deviceName(event.userAgent)}` : ""}
              {event.ipAddress ? ` · ${event.ipAddress}` : ""}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
