import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { isSameOrigin } from "./same-origin";

const upload = (headers: Record<string, string>) => new Request("http://[::]:3001/admin/uploads", { method: "POST", headers });

describe("same-origin requests", () => {
  it("are those from the site's public origin or from the host the browser addressed", () => {
    expect(isSameOrigin(upload({ origin: new URL(env.APP_URL).origin, host: "10.0.0.5:3001" }))).toBe(true);
    expect(isSameOrigin(upload({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
  });

  it("are never those from another site, with no Origin, or with a malformed one", () => {
    expect(isSameOrigin(upload({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(upload({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(upload({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
});
