/**
 * GitHub's profile carries no `email_verified`, and its public email need not be verified at all.
 * Our GitHub sign-in asks GitHub's `/user/emails` instead and uses only an address GitHub lists as
 * verified: the public one if it is, else the primary one if it is. Anything else leaves the identity
 * without a verified email, which creates no account (oauth-sign-in.ts).
 */
type GitHubEmail = { email: string; primary: boolean; verified: boolean };

const API = "https://api.github.com";

export function pickVerifiedGitHubEmail(publicEmail: string | null | undefined, emails: GitHubEmail[]) {
  const verified = emails.filter((entry) => entry.verified === true && typeof entry.email === "string");
  const chosen =
    verified.find((entry) => publicEmail && entry.email.toLowerCase() === publicEmail.toLowerCase()) ??
    verified.find((entry) => entry.primary);
  return chosen ? { email: chosen.email, email_verified: true } : { email: publicEmail ?? null, email_verified: false };
}

/** Replaces the GitHub provider's userinfo request (oauth-providers.ts). */
export async function githubProfileWithVerifiedEmail(
  { tokens }: { tokens: { access_token?: string } },
  fetchImpl: typeof fetch = fetch,
) {
  const headers = { Authorization: `Bearer ${tokens.access_token ?? ""}`, Accept: "application/vnd.github+json", "User-Agent": "marquee" };
  const profile = (await (await fetchImpl(`${API}/user`, { headers })).json()) as Record<string, unknown> & { email?: string | null };
  const response = await fetchImpl(`${API}/user/emails`, { headers });
  const emails = response.ok ? ((await response.json()) as GitHubEmail[]) : [];
  return { ...profile, ...pickVerifiedGitHubEmail(profile.email, Array.isArray(emails) ? emails : []) };
}
