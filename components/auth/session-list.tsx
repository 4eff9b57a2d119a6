import { revokeSessionAction } from "@/app/account/security/actions";
import { deviceName } from "@/lib/auth/device-name";

type SessionRow = { id: string; userAgent: string; ipAddress: string | null; createdAt: Date; lastSeenAt: Date };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function SessionList({ sessions, currentSessionId }: { sessions: SessionRow[]; currentSessionId: string | null }) {
  return (
    <ul className="flex flex-col divide-y divide-zinc-200" aria-label="Signed-in devices">
      {sessions.map((session) => {
        const label = deviceName(session.userAgent);
        const current = session.id === currentSessionId;
        return (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium">
                {label}
                {current ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">This device</span> : null}
              </p>
              <p className="text-sm text-zinc-600">
                Signed in {dateTime.format(session.createdAt)} UTC · last active {dateTime.format(session.lastSeenAt)} UTC
                {session.ipAddress ? ` · ${session.ipAddress}` : ""}
              </p>
            </div>
            {current ? null : (
              <form action={revokeSessionAction}>
                <input type="hidden" name="sessionId" value={session.id} />
                <button
                  type="submit"
                  className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-semibold hover:bg-zinc-100"
                  aria-label={`End session: ${label}, signed in ${dateTime.format(session.createdAt)} UTC`}
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
