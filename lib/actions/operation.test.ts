import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { NotFoundError, RateLimitedError } from "@/lib/errors";
import { failureResponse } from "@/lib/api/problem";
import { log } from "@/lib/log/logger";

// The core knows nothing of forms: the JSON API answers the same outcome as problem+json.
const session = vi.hoisted(() => ({
  current: null as null | {
    user: { id: string; email: string; name: string; role: string };
  },
}));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
vi.mock("@/db", () => ({ getDb: async () => ({}) }));
vi.mock("@/lib/audit", () => ({ recordAudit: vi.fn(), recordAuditWithinBudget: vi.fn() }));

const { runOperation } = await import("./operation");

/** The JSON API's answer to an outcome (lib/api/endpoint.ts does the same). */
const problemJson = (outcome: Awaited<ReturnType<typeof runOperation>>) => (outcome.ok ? Response.json(outcome.data) : failureResponse(outcome));

const renameSchema = z.object({ name: z.string().min(1, "Give a name.") }).strict();

describe("runOperation maps every failure to one Problem, independent of ActionState", () => {
  beforeEach(() => {
    session.current = null;
    vi.spyOn(log, "warn").mockImplementation(() => {});
    vi.spyOn(log, "error").mockImplementation(() => {});
  });

  it("refused: 401 for nobody, 403 for a customer on an admin operation", async () => {
    const operation = {
      access: "admin" as const,
      schema: renameSchema,
      handler: async () => "renamed",
    };
    expect(await runOperation(operation, { name: "x" })).toEqual({
      ok: false,
      kind: "refused",
      problem: {
        status: 401,
        title: "Sign-in required",
        detail: "Sign in to continue.",
      },
    });
    session.current = {
      user: { id: "u1", email: "c@example.test", name: "C", role: "customer" },
    };
    expect(await runOperation(operation, { name: "x" })).toMatchObject({
      kind: "refused",
      problem: { status: 403, title: "Forbidden" },
    });
  });

  it("invalid: 422 with the schema's field errors", async () => {
    const outcome = await runOperation(
      {
        access: "public",
        schema: renameSchema,
        handler: async () => "renamed",
      },
      { name: "" },
    );
    expect(outcome).toEqual({
      ok: false,
      kind: "invalid",
      problem: {
        status: 422,
        title: "Invalid input",
        detail: "Some fields are not valid.",
        fieldErrors: { name: ["Give a name."] },
      },
      issues: [expect.objectContaining({ path: ["name"], message: "Give a name." })],
    });
  });

  it("rejected: a DomainError keeps its status and message", async () => {
    const handler = async () => {
      throw new RateLimitedError(90);
    };
    expect(await runOperation({ access: "public", schema: renameSchema, handler }, { name: "x" })).toEqual({
      ok: false,
      kind: "rejected",
      problem: {
        status: 429,
        title: "Too many requests",
        detail: "Too many attempts. Try again in 2 minutes.",
        retryAfterSeconds: 90,
      },
    });
  });

  it("unexpected: 500 with a generic detail", async () => {
    const handler = async () => {
      throw new TypeError("cannot read properties of undefined (reading 'id')");
    };
    const outcome = await runOperation({ access: "public", schema: renameSchema, handler }, { name: "x" });
    expect(outcome).toMatchObject({
      ok: false,
      kind: "unexpected",
      problem: { status: 500, title: "Internal error" },
    });
    expect(JSON.stringify(outcome)).not.toContain("cannot read");
  });

  it("unavailable: an unreachable database, even while finding the caller, is a 503 with Retry-After", async () => {
    const down = () => Object.assign(new Error("write CONNECT_TIMEOUT 127.0.0.1:5432"), { code: "CONNECT_TIMEOUT" });
    const handler = async () => {
      throw new Error("Failed query: select 1", { cause: down() });
    };
    const fromHandler = await problemJson(await runOperation({ access: "public", schema: renameSchema, handler }, { name: "x" }));
    const fromGuard = await problemJson(
      await runOperation({ access: "signed-in", schema: renameSchema, handler }, { name: "x" }, async () => {
        throw down();
      }),
    );
    for (const response of [fromHandler, fromGuard]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(await response.json()).toMatchObject({ code: "database_unavailable", title: "Service unavailable" });
    }
  });

  it("an adapter turns the same outcome into problem+json", async () => {
    const handler = async () => {
      throw new NotFoundError("No such order.");
    };
    const response = await problemJson(await runOperation({ access: "public", schema: renameSchema, handler }, { name: "x" }));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "/api/docs#problem-not_found",
      code: "not_found",
      status: 404,
      title: "Not found",
      detail: "No such order.",
    });
    const ok = await problemJson(
      await runOperation(
        {
          access: "public",
          schema: renameSchema,
          handler: async (input) => input,
        },
        { name: "x" },
      ),
    );
    expect(await ok.json()).toEqual({ name: "x" });
  });
});
