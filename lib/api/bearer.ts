import "server-only";
import { validateSession, type SessionUser } from "@/lib/auth/sessions";
import { verifyAccessToken } from "./access-tokens";

export type BearerCaller = { user: SessionUser; sessionId: string };

/**
 * The API's only way to know a caller: `Authorization: Bearer <access token>`. Cookies are never
 * read here, so a page on another site can't borrow a signed-in browser's web session. The token's
 * session row is checked on every request (alive, not revoked, the user's current session version).
 */
export async function bearerCaller(request: Request): Promise<BearerCaller | null> {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer ([A-Za-z0-9._~+/-]+=*)$/);
  const token = match?.[1];
  if (!token) return null;
  const claims = await verifyAccessToken(token);
  if (!claims) return null;
  const session = await validateSession(claims.sessionId);
  if (!session || session.id !== claims.userId) return null;
  const { id, email, name, role } = session;
  return { user: { id, email, name, role }, sessionId: claims.sessionId };
}
