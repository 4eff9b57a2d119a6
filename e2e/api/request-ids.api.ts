import { describe, expect, it } from "vitest";
import { api, apiUrl } from "./support/http";

/**
 * Every response names the id its request was logged under (ADR 020), and problems repeat it in the
 * body. The suite's server trusts one proxy hop (TRUSTED_PROXY_HOPS=1), as behind deploy/nginx.conf.
 */
describe("request ids", () => {
  it("are on every response, pages and JSON alike, one per request", async () => {
    const [page, health, again] = await Promise.all([fetch(apiUrl("/movies")), fetch(apiUrl("/api/health")), fetch(apiUrl("/api/health"))]);
    const ids = [page, health, again].map((response) => response.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(3);
  });

  it("are quoted in a problem's body", async () => {
    const missing = await api<{ requestId: string; code: string }>("/api/v1/movies/no-such-movie");
    expect(missing.status).toBe(404);
    expect(missing.body?.requestId).toBe(missing.headers.get("x-request-id"));
  });

  it("keep the id a trusted proxy sent, and only a well-formed one", async () => {
    const fromNginx = "3f1c9b0e8d7a6f5e4d3c2b1a09f8e7d6";
    const kept = await fetch(apiUrl("/api/v1/movies/no-such-movie"), { headers: { "X-Request-Id": fromNginx } });
    expect(kept.headers.get("x-request-id")).toBe(fromNginx);
    expect(((await kept.json()) as { requestId: string }).requestId).toBe(fromNginx);
    const forged = await fetch(apiUrl("/api/health"), { headers: { "X-Request-Id": 'x" level="fatal' } });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
