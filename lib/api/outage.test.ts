import { describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log/logger";
import { answeringOutages } from "./outage";

/** Route handlers outside the API pipeline answer an outage as the API does; anything else is Next's to handle. */
describe("answeringOutages", () => {
  it("turns an unreachable database into the API's 503 with Retry-After", async () => {
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    const refused = Object.assign(new Error("Failed query"), { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    const GET = answeringOutages(async (request: Request) => {
      expect(request.url).toContain("/availability");
      throw refused;
    });
    const response = await GET(new Request("http://localhost/api/showtimes/x/availability"));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ status: 503, code: "database_unavailable" });
  });

  it("passes answers through and leaves other failures to Next", async () => {
    const ok = answeringOutages(async () => new Response("fine"));
    expect(await (await ok()).text()).toBe("fine");
    const bug = answeringOutages(async () => Promise.reject(new TypeError("a bug")));
    await expect(bug()).rejects.toThrow("a bug");
  });
});
