#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit and database tests, then the Playwright journeys and the JSON API
# over HTTP against one production build. TEST_DATABASE_URL (a PostgreSQL server) switches every
# database test from the embedded PGlite to throw-away databases on that server.
# MARQUEE_REUSE_BUILD=1 skips `next build` when a build is already there (.ci/run's second pass).
# MARQUEE_E2E_ONLY=1 skips the checks before the build; arguments go to Playwright
# (`MARQUEE_E2E_ONLY=1 bash scripts/test.sh e2e/auth.spec.ts`).
set -euo pipefail
cd "$(dirname "$0")/.."

database="PGlite"
[ -n "${TEST_DATABASE_URL:-}" ] && database="PostgreSQL"

stage() {
  local name=$1 start=$SECONDS
  shift
  echo "▶ ${name} (${database})"
  "$@"
  echo "✔ ${name} took $((SECONDS - start)) s"
}

if [ "${MARQUEE_E2E_ONLY:-}" != "1" ]; then
  stage typecheck npm run --silent typecheck
  stage lint npm run --silent lint
  stage "unit and database tests" npx vitest run
fi

if [ "${MARQUEE_REUSE_BUILD:-}" = "1" ] && [ -f .next/BUILD_ID ]; then
  echo "▶ reusing the production build in .next"
else
  stage build npm run build --silent
fi

export E2E_PORT="${E2E_PORT:-3100}"
export NODE_ENV=production
export AUTH_SECRET="${AUTH_SECRET:-e2e-only-secret-$(date +%s)-0123456789abcdef}"
export AUTH_TRUST_HOST=true
export APP_URL="http://localhost:${E2E_PORT}"
# The seed seals the demo admin's TOTP secret with this key ring; the server must open it with the same.
export MFA_ENCRYPTION_KEYS="${MFA_ENCRYPTION_KEYS:-e2e:$(openssl rand -base64 32)}"
# The server gets the Resend stand-in's key and address from playwright.config.ts.
unset DATABASE_URL RESEND_API_KEY RESEND_BASE_URL MARQUEE_EMBEDDED_DB

cleanup() { :; }
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  DATABASE_URL="$(npx tsx scripts/test-database.ts create "$TEST_DATABASE_URL" marquee_e2e)"
  export DATABASE_URL
  cleanup() { npx tsx scripts/test-database.ts drop "$DATABASE_URL"; }
else
  # A production build refuses the embedded database unless asked for it explicitly.
  export MARQUEE_EMBEDDED_DB=1
  # Absolute: the standalone server runs in .next/standalone.
  export PGLITE_DATA_DIR="$PWD/.data/e2e-$$"
  cleanup() { rm -rf "$PGLITE_DATA_DIR" "$PGLITE_DATA_DIR.lock"; }
fi
trap cleanup EXIT
# Production never seeds by itself; the journeys sign in as the demo accounts of a throw-away database.
stage "seed e2e database" npx tsx scripts/db-seed.ts --with-public-demo-accounts
# Customers and free showtimes that single journeys lease (e2e/support/pool.ts), made before the server opens the database.
stage "seed e2e pool" npx tsx e2e/support/seed-pool.ts

# Everything the servers print is kept (and shown), to be searched for secrets at the end.
server_log="$(mktemp)"
trap 'cleanup; rm -f "$server_log"' EXIT
stage "end-to-end tests" bash -c 'set -o pipefail; npx playwright test "${@:2}" 2>&1 | tee "$1"' _ "$server_log" "$@"
# The JSON API over HTTP (vitest.api.config.mts starts its own server on E2E_PORT+10). Playwright's server
# has stopped by now, so the embedded database folder is free for it; same database, already seeded.
# Skipped when arguments chose some Playwright specs: that is a focused run.
if [ $# -eq 0 ]; then
  stage "API over HTTP" bash -c 'set -o pipefail; npx vitest run --config vitest.api.config.mts 2>&1 | tee -a "$1"' _ "$server_log"
fi
stage "no secrets in the server logs" npx tsx scripts/check-server-log.ts "$server_log"
