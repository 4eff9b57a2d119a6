import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { asAddressed } from "./addressed-request";

const callback = (headers: Record<string, string>) => new NextRequest("http://[::]:3001/api/auth/callback/oidc?code=c&state=s", { headers });

describe("the request as the browser addressed it", () => {
  it("takes the host from the Host header, not the server's bound address", () => {
    expect(asAddressed(callback({ host: "localhost:3100" })).url).toBe("http://localhost:3100/api/auth/callback/oidc?code=c&state=s");
  });

  it("takes the scheme a TLS-terminating proxy reports", () => {
    expect(asAddressed(callback({ host: "tickets.example", "x-forwarded-proto": "https" })).url).toBe("https://tickets.example/api/auth/callback/oidc?code=c&state=s");
    expect(asAddressed(callback({ host: "tickets.example", "x-forwarded-proto": "gopher" })).url).toBe("http://tickets.example/api/auth/callback/oidc?code=c&state=s");
  });
});
