import { describe, expect, it } from "vitest";
import { api } from "./support/http";

// Proves the harness itself: the server started on the seeded database and answers over HTTP.
describe("GET /api/health", () => {
  it("answers 200 once the database is ready", async () => {
    const response = await api<{ status: string }>("/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
  });
});
