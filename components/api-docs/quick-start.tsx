/** A whole session in curl: sign in, call, refresh, sign out (jq picks the tokens out of the JSON). */
export function QuickStart({ origin, accessMinutes }: { origin: string; accessMinutes: number }) {
  const session = `# 1. Sign in: an email and password (and "otp" with two-step verification on) for a token pair
TOKENS=$(curl -s -X POST ${origin}/api/v1/auth/token \\
  -H 'Content-Type: application/json' \\
  -d '{"email": "you@example.com", "password": "your password"}')
ACCESS=$(echo "$TOKENS" | jq -r .access_token)
REFRESH=$(echo "$TOKENS" | jq -r .refresh_token)

# 2. Call the API with the access token
curl -s ${origin}/api/v1/me -H "Authorization: Bearer $ACCESS"

# 3. Before the access token's ${accessMinutes} minutes run out: trade the refresh token for a new pair
#    (each refresh token works once)
TOKENS=$(curl -s -X POST ${origin}/api/v1/auth/refresh \\
  -H 'Content-Type: application/json' \\
  -d "{\\"refresh_token\\": \\"$REFRESH\\"}")
ACCESS=$(echo "$TOKENS" | jq -r .access_token)

# 4. Sign out: both tokens stop working at once
curl -s -X POST ${origin}/api/v1/auth/logout -H "Authorization: Bearer $ACCESS"`;

  return (
    <section id="quick-start" aria-labelledby="quick-start-heading" className="scroll-mt-4">
      <h2 id="quick-start-heading" className="text-2xl font-bold tracking-tight">
        Quick start
      </h2>
      <p className="mt-2 max-w-3xl text-zinc-700">A session from a terminal, with curl and jq:</p>
      {/* Long lines scroll inside the box; the page itself never scrolls sideways. */}
      <pre tabIndex={0} className="mt-3 overflow-x-auto rounded-lg bg-ink p-4 text-[0.8125rem] leading-relaxed text-zinc-100">
        <code className="font-mono">{session}</code>
      </pre>
    </section>
  );
}
