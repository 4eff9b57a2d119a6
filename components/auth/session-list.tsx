import { revokeSessionAction } from "@/app/account/security/actions";
import { apiClientName, deviceName } from "@/lib/auth/device-name";
import { formatViewerDateTime } from "@/lib/time/viewer-time-zone";

type SessionRow = { id: string; kind: "web" | "api"; userAgent: string; ipAddress: string | null; createdAt: Date; lastSeenAt: Date };

type SessionListProps = {
  sessions: SessionRow[];
  currentSessionId: string | null;
  /** The viewer's own zone (lib/time/viewer-time-zone.ts): these are times of their sign-ins. */
  timeZone: string;
};

export function SessionList({ sessions, currentSessionId, timeZone }: SessionListProps) {
  const dateTime = (at: Date) => formatViewerDateTime(at, timeZone);
  return (
    <ul className="flex flex-col divide-y divide-zinc-200" aria-label="Signed-in devices">
      {sessions.map((session) => {
        // An app signed in through the JSON API (a phone app, a kiosk) is named as such, not as a browser.
        const label = session.kind === "api" ? apiClientName(session.userAgent) : deviceName(session.userAgent);
        const current = session.id === currentSessionId;
        return (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium">
                {label}
                {current ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">This device</span> : null}
              </p>
              <p className="text-sm text-zinc-600">
                Signed in {dateTime(session.createdAt)} · last active {dateTime(session.lastSeenAt)}
                {session.ipAddress ? ` · ${session.ipAddress}` : ""}
              </p>
            </div>
            {current ? null : (
              <form action={revokeSessionAction}>
                <input type="hidden" name="sessionId" value={session.id} />
                <button
                  type="submit"
                  className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold hover:bg-zinc-100"
                  aria-label={`End session: ${label}, signed in ${dateTime(session.createdAt)}`}
                >
                  End session
                </button>
              </form>
            )}
          </li>
        );
      })}
    </ul>
  );
}
