import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit-dependencies";

const counts = (high: number, critical: number) => ({ info: 0, low: 1, moderate: 2, high, critical, total: 3 + high + critical });

describe("auditVerdict (issue 16 point 16)", () => {
  it("fails on a high or critical advisory and names it", () => {
    const verdict = auditVerdict({
      metadata: { vulnerabilities: counts(1, 0) },
      vulnerabilities: {
        "some-lib": { severity: "high", via: [{ title: "Prototype pollution", url: "https://github.com/advisories/GHSA-x" }], fixAvailable: true },
        "uses-some-lib": { severity: "high", via: ["some-lib"] },
        "minor-lib": { severity: "moderate", via: [{ title: "ReDoS", url: "https://github.com/advisories/GHSA-y" }] },
      },
    });
    expect(verdict).toEqual({
      status: "vulnerable",
      findings: [
        "high: some-lib — Prototype pollution https://github.com/advisories/GHSA-x (fix available)",
        "high: uses-some-lib — via some-lib",
      ],
    });
  });

  it("passes with only low or moderate advisories", () => {
    expect(auditVerdict({ metadata: { vulnerabilities: counts(0, 0) }, vulnerabilities: {} }).status).toBe("clean");
  });

  it("tells an unreachable advisory service apart from a clean report", () => {
    expect(auditVerdict({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" })).toEqual({
      status: "unavailable",
      reason: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    });
    expect(auditVerdict({ error: { summary: "getaddrinfo ENOTFOUND registry.npmjs.org" } }).status).toBe("unavailable");
  });
});
