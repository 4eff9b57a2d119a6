import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";

describe("content security policy", () => {
  it("allows scripts only with the nonce in production, and never framing", () => {
    const policy = contentSecurityPolicy("abc123", { development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    // Forms post to us; the one other target is Stripe's hosted checkout, where placing a card order redirects.
    expect(policy).toMatch(/form-action 'self' https:\/\/checkout\.stripe\.com(;|$)/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it("gives a cached catalogue page our own and inline scripts only, and the rest of the policy unchanged", () => {
    const policy = contentSecurityPolicy(null, { development: false });
    expect(policy).toContain("script-src 'self' 'unsafe-inline';");
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("strict-dynamic");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy.replace("script-src 'self' 'unsafe-inline'", "")).toBe(
      contentSecurityPolicy("n", { development: false }).replace("script-src 'self' 'nonce-n' 'strict-dynamic'", ""),
    );
  });

  it("adds what React's development build needs only in development", () => {
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
  });

  it("lets card checkout redirect to the configured payment page instead when tests use a stand-in", () => {
    expect(contentSecurityPolicy("n", { development: false, paymentPage: "http://127.0.0.1:3198" })).toContain("form-action 'self' http://127.0.0.1:3198;");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect(Buffer.from([...nonces][0], "base64")).toHaveLength(16);
  });
});
