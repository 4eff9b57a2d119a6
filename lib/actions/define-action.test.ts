import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError } from "@/lib/errors";
import { log } from "@/lib/log/logger";

// Only the session and the audit writer are faked: the guards, the schemas and the mapping are real.
const session = vi.hoisted(() => ({
  current: null as null | {
    user: { id: string; email: string; name: string; role: string };
  },
}));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
// The admin MFA policy has its own tests (lib/auth/mfa/admin-guard.test.ts); here admins have a second factor.
vi.mock("@/lib/auth/mfa/admin-policy", () => ({ adminNeedsMfaEnrolment: async () => false }));
vi.mock("@/db", () => ({ getDb: async () => ({}) }));
// Refused admin calls are written through the budgeted writer (anyone can cause them at will).
const recordAuditWithinBudget = vi.hoisted(() => vi.fn());
vi.mock("@/lib/audit", () => ({ recordAudit: vi.fn(), recordAuditWithinBudget }));

const { defineAction, defineFormAction, defineFormStateAction, isPipelineAction } = await import("./define-action");
const { noInput } = await import("./operation");

const customer = {
  id: "0b0c6a52-4d0b-4bd4-9f0e-5a3e1b7d1a01",
  email: "c@example.test",
  name: "C",
  role: "customer",
};
const admin = {
  ...customer,
  id: "0b0c6a52-4d0b-4bd4-9f0e-5a3e1b7d1a02",
  role: "admin",
};

const signUpLike = z
  .object({
    email: z.email("Enter an email address."),
    password: z.string().min(12, "Use at least 12 characters."),
  })
  .strict();

function form(entries: Record<string, string | string[]>) {
  const data = new FormData();
  data.append("$ACTION_ID_abc", "");
  for (const [key, value] of Object.entries(entries)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describe("defineAction / defineFormStateAction", () => {
  beforeEach(() => {
    session.current = null;
    recordAuditWithinBudget.mockClear();
    vi.restoreAllMocks();
  });

  it("marks what it builds, so the test of every actions module can tell", () => {
    const action = defineAction({
      access: "public",
      schema: noInput,
      handler: async () => undefined,
    });
    expect(isPipelineAction(action)).toBe(true);
    expect(isPipelineAction(async () => ({ ok: true }))).toBe(false);
  });

  it("public: runs without looking anyone up; the handler gets no caller", async () => {
    const handler = vi.fn(async (_input: undefined, caller: null) => caller);
    const action = defineAction({
      access: "public",
      schema: noInput,
      handler,
      message: "Done.",
    });
    expect(await action(undefined)).toEqual({ ok: true, message: "Done." });
    expect(handler).toHaveBeenCalledWith(undefined, null);
  });

  it("signed-in: an anonymous caller gets the 401 state (or the action's own message) and the handler never runs", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const handler = vi.fn(async () => undefined);
    const plain = defineAction({
      access: "signed-in",
      schema: noInput,
      handler,
    });
    expect(await plain(undefined)).toEqual({
      ok: false,
      status: 401,
      formError: "Sign in to continue.",
    });
    const cart = defineAction({
      access: "signed-in",
      whenSignedOut: { message: "Sign in to change your cart." },
      schema: noInput,
      handler,
    });
    expect(await cart(undefined)).toEqual({
      ok: false,
      status: 401,
      formError: "Sign in to change your cart.",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("signed-in with returnTo: an anonymous caller is sent to sign in and back", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const action = defineFormStateAction({
      access: "signed-in",
      whenSignedOut: { returnTo: "/checkout" },
      schema: noInput,
      handler: async () => undefined,
    });
    await expect(action(null, form({}))).rejects.toMatchObject({
      digest: expect.stringContaining("/sign-in?callbackUrl=%2Fcheckout"),
    });
  });

  it("signed-in: the handler gets the caller", async () => {
    session.current = { user: customer };
    const action = defineAction({
      access: "signed-in",
      schema: noInput,
      handler: async (_input, user) => user.id,
      data: (id) => id,
    });
    expect(await action(undefined)).toEqual({ ok: true, data: customer.id });
  });

  it("admin: a customer gets the 403 state, the refusal is logged and audited, the handler never runs", async () => {
    session.current = { user: customer };
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    const handler = vi.fn(async () => undefined);
    const action = defineFormStateAction({
      access: "admin",
      schema: noInput,
      handler,
    });
    expect(await action(null, form({}))).toEqual({
      ok: false,
      status: 403,
      formError: "Only administrators can do that.",
    });
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ userId: customer.id, role: "customer" }),
      "authz: a user was refused an admin operation",
    );
    expect(recordAuditWithinBudget).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        action: "authz.admin_denied",
        actorUserId: customer.id,
      }),
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it("admin: an anonymous caller gets 401, an admin gets through", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => {});
    const action = defineAction({
      access: "admin",
      schema: noInput,
      handler: async (_input, user) => user.role,
      data: (role) => role,
    });
    expect(await action(undefined)).toMatchObject({ ok: false, status: 401 });
    session.current = { user: admin };
    expect(await action(undefined)).toEqual({ ok: true, data: "admin" });
  });

  it("invalid input: field errors, the typed values kept except passwords, no form error", async () => {
    const handler = vi.fn(async () => undefined);
    const action = defineFormStateAction({
      access: "public",
      schema: signUpLike,
      handler,
    });
    const state = await action(null, form({ email: "not-an-email", password: "short" }));
    expect(state).toEqual({
      ok: false,
      status: 422,
      fieldErrors: {
        email: ["Enter an email address."],
        password: ["Use at least 12 characters."],
      },
      values: { email: "not-an-email" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("invalid input as a whole: describeInvalid's message goes above the form", async () => {
    const action = defineAction({
      access: "public",
      schema: z.object({ name: z.string() }).strict(),
      describeInvalid: (error) =>
        error.issues.some((i) => i.code === "unrecognized_keys") ? "Only your name can be changed here." : undefined,
      handler: async () => undefined,
    });
    expect(await action({ name: "A", role: "admin" })).toMatchObject({
      ok: false,
      status: 422,
      formError: "Only your name can be changed here.",
    });
  });

  it("a DomainError becomes the form error, its field errors and its status", async () => {
    const action = defineAction({
      access: "public",
      schema: z.object({ slug: z.string() }),
      handler: async () => {
        throw new ConflictError("That slug is taken.", {
          slug: ["Already used."],
        });
      },
    });
    expect(await action({ slug: "x" })).toEqual({
      ok: false,
      status: 409,
      formError: "That slug is taken.",
      fieldErrors: { slug: ["Already used."] },
    });
  });

  it("an unexpected error is logged and answered with a generic message, no internals", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const revalidate = vi.fn();
    const action = defineAction({
      access: "public",
      schema: noInput,
      handler: async () => {
        throw new Error('relation "users" does not exist at /srv/app/db.ts:12');
      },
      revalidate,
    });
    const state = await action(undefined);
    expect(state).toEqual({
      ok: false,
      status: 500,
      formError: "Something went wrong and nothing was saved. Try again.",
    });
    expect(JSON.stringify(state)).not.toMatch(/relation|db\.ts/);
    expect(logged).toHaveBeenCalled();
    expect(revalidate).not.toHaveBeenCalled();
  });

  it("after a success: revalidates, then redirects (outside any try)", async () => {
    const order: string[] = [];
    const action = defineFormStateAction({
      access: "public",
      schema: z.object({ n: z.string() }).strict(),
      handler: async (input) => `#${input.n}`,
      revalidate: () => {
        order.push("revalidate");
      },
      redirectTo: (number) => `/account/orders/${encodeURIComponent(number)}`,
    });
    await expect(action(null, form({ n: "7" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/account/orders/%237"),
    });
    expect(order).toEqual(["revalidate"]);
  });

  it("a redirect thrown by the handler (signIn, signOut) is passed through, not reported as a failure", async () => {
    const { redirect } = await import("next/navigation");
    const action = defineAction({
      access: "public",
      schema: noInput,
      handler: async () => redirect("/elsewhere"),
    });
    await expect(action(undefined)).rejects.toMatchObject({
      digest: expect.stringContaining("/elsewhere"),
    });
  });

  it("reads FormData by the schema: React's own entries ignored, arrays from repeated names", async () => {
    const schema = z
      .object({
        id: z.string(),
        seats: z.array(z.string()),
        picked: z.array(z.string()).optional(),
      })
      .strict();
    const action = defineFormStateAction({
      access: "public",
      schema,
      handler: async (input) => input,
      data: (input) => input,
    });
    expect(await action(null, form({ id: "a", seats: ["s1"] }))).toEqual({
      ok: true,
      data: { id: "a", seats: ["s1"] },
    });
    expect(await action(null, form({ id: "a", seats: ["s1", "s2"], picked: ["p"] }))).toEqual({
      ok: true,
      data: { id: "a", seats: ["s1", "s2"], picked: ["p"] },
    });
  });

  it("a plain <form action> runs the same pipeline and answers nothing", async () => {
    session.current = { user: customer };
    const handler = vi.fn(async (input: { sessionId: string }) => input.sessionId);
    const action = defineFormAction({
      access: "signed-in",
      schema: z.object({ sessionId: z.uuid() }).strict(),
      handler,
    });
    expect(isPipelineAction(action)).toBe(true);
    await expect(action(form({ sessionId: "not-a-uuid" }))).resolves.toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    await action(form({ sessionId: admin.id }));
    expect(handler).toHaveBeenCalledWith({ sessionId: admin.id }, customer);
  });
});
