import { describe, expect, it } from "vitest";
import { refuseOversizedBody } from "./declared-body-size";

function request(headers: Record<string, string>) {
  // Only the headers matter: the guard must decide without touching the body.
  return new Request("http://localhost/admin/uploads", { method: "POST", headers });
}

describe("refuseOversizedBody", () => {
  it("lets a body up to the limit through", () => {
    expect(refuseOversizedBody(request({ "content-length": "1000" }), 1000, "too big")).toBeNull();
  });

  it("answers 413 above the limit, 411 without a length, 400 for a length that is not a number", async () => {
    const tooLarge = refuseOversizedBody(request({ "content-length": String(2 ** 40) }), 1000, "too big");
    expect(tooLarge?.status).toBe(413);
    expect(await tooLarge?.json()).toEqual({ error: "too big" });
    expect(refuseOversizedBody(request({}), 1000, "too big")?.status).toBe(411);
    for (const bogus of ["-1", "1e9", "12abc", "99999999999999999999"]) {
      expect(refuseOversizedBody(request({ "content-length": bogus }), 1000, "too big")?.status).toBe(400);
    }
  });
});
