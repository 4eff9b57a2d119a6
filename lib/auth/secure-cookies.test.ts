import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { secureCookies } from "./auth.config";

/**
 * Issue 16 point 15 / SECURITY.md rule "Cookies … Secure (prod)": a deployment whose APP_URL is https
 * sets Secure, prefixed cookies even when the request reached the app over plain http (a proxy that
 * terminates TLS and sends no X-Forwarded-Proto). Drives the app's real Auth.js route handler.
 */
vi.hoisted(() => {
  process.env.APP_URL = "https://tickets.marquee.test";
});

describe("auth cookies of an https deployment", () => {
  it("are Secure and prefixed though the request came over http", async () => {
    const { handlers } = await import("./auth");
    const response = await handlers.GET(new NextRequest("http://10.0.0.5:3000/api/auth/csrf"));
    const cookies = response.headers.getSetCookie();
    const csrf = cookies.find((line) => line.startsWith("__Host-authjs.csrf-token="));
    expect(csrf, cookies.join("\n")).toBeDefined();
    expect(csrf).toMatch(/; Secure/i);
    expect(csrf).toMatch(/; HttpOnly/i);
    expect(cookies.every((line) => /; Secure/i.test(line))).toBe(true);
  });

  it("is decided by the public address: https always, http left to the request", () => {
    expect(secureCookies("https://tickets.example")).toBe(true);
    expect(secureCookies("http://localhost:3000")).toBeUndefined();
  });
});
