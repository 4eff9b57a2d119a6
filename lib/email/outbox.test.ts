import { describe, expect, it } from "vitest";
import { canReadLocalOutbox, localOutboxEnabled } from "./outbox";

// Issue 16 point 5. This run is a development build without RESEND_API_KEY: the outbox is on, and
// lib/email/purge-after-delivery.test.ts shows a configured key turning it off.
describe("the local outbox", () => {
  it("is readable only from this machine", () => {
    expect(localOutboxEnabled()).toBe(true);
    expect(canReadLocalOutbox("127.0.0.1")).toBe(true);
    expect(canReadLocalOutbox("::1")).toBe(true);
    expect(canReadLocalOutbox("192.168.1.20")).toBe(false);
    expect(canReadLocalOutbox("::ffff:10.0.0.7")).toBe(false);
    expect(canReadLocalOutbox(null)).toBe(false);
  });
});
