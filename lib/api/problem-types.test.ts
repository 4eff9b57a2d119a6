import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { problemBody } from "./problem";
import { namedProblemTypes, problemTypes, statusCodes, statusProblemTypes } from "./problem-types";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => readFileSync(path.join(root, dir, file), "utf8"));
}

// Domain codes that only the web's own flows can meet: the API never starts a pending second step.
const webOnly = new Set(["second_factor_expired"]);

describe("problem types", () => {
  it("documents every refusal the API names, with its status", () => {
    const refusals = sources("lib/api").flatMap((text) => [...text.matchAll(/new ApiRefusal\(\s*(\d{3}),\s*"([a-z_]+)"/g)]);
    expect(refusals.length).toBeGreaterThan(0);
    for (const [, status, code] of refusals) {
      expect(problemTypes[code], code).toBeDefined();
      expect(problemTypes[code]?.status, code).toBe(Number(status));
    }
  });

  it("documents every DomainError code that can reach an endpoint", () => {
    const codes = sources("lib")
      .flatMap((text) => [...text.matchAll(/override readonly code = "([a-z_]+)"/g)].map((match) => match[1]))
      .filter((code) => !webOnly.has(code));
    expect(codes).toContain("reauthentication_required");
    expect(codes.filter((code) => !problemTypes[code])).toEqual([]);
  });

  it("names one problem per status and never reuses a code", () => {
    expect(Object.keys(statusCodes)).toHaveLength(Object.keys(statusProblemTypes).length);
    const named = Object.keys(namedProblemTypes);
    expect(named.filter((code) => code in statusProblemTypes)).toEqual([]);
  });

  it("points a problem's type at its entry on the reference page", () => {
    expect(problemBody({ status: 404, title: "Not found", detail: "No." })).toMatchObject({ type: "/api/docs#problem-not_found", code: "not_found" });
    expect(problemBody({ status: 401, title: "Sign-in required", detail: "Code.", code: "mfa_required" }).type).toBe("/api/docs#problem-mfa_required");
  });
});
