import { describe, expect, it } from "vitest";
import { api } from "./support/http";

// Proves the harness itself: the server started on the seeded database and answers over HTTP.
describe("GET /api/health and /api/ready", () => {
  it("health says the process is up", async () => {
    const response = await api<{ status: string }>("/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
  });

  it("ready says the database answers and holds every migration", async () => {
    const response = await api("/api/ready");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.body).toEqual({ ready: true, checks: { database: "ok", migrations: "current" } });
  });
});
