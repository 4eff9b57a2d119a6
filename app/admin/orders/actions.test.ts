import { beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/log/logger";

// A refused caller must get the 401/403 state, not a thrown error (a 500 page): issue 16, point 15.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; email: string; name: string; role: string } } }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => session.current }));
// The admin MFA policy has its own tests (lib/auth/mfa/admin-guard.test.ts); here admins have a second factor.
vi.mock("@/lib/auth/mfa/admin-policy", () => ({ adminNeedsMfaEnrolment: async () => false }));
vi.mock("@/db", () => ({ getDb: async () => ({}) }));
vi.mock("@/lib/audit", () => ({ recordAudit: vi.fn(), recordAuditWithinBudget: vi.fn() }));
const orders = vi.hoisted(() => ({ cancelAsAdmin: vi.fn(), markRefundedAsAdmin: vi.fn() }));
vi.mock("@/lib/orders/order-actions", () => orders);

const { adminCancelOrderAction, adminMarkRefundedAction } = await import("./actions");

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const reason = form({ orderId: "6c1a3a52-4d0b-4bd4-9f0e-5a3e1b7d1a01", reason: "Customer asked" });

describe("admin order actions refuse without throwing", () => {
  beforeEach(() => {
    session.current = null;
    vi.spyOn(log, "warn").mockImplementation(() => {});
  });

  it("answer an anonymous caller with the 401 state", async () => {
    for (const result of [
      await adminCancelOrderAction(null, reason),
      await adminMarkRefundedAction(null, reason),
    ]) {
      expect(result).toEqual({ ok: false, status: 401, formError: "Sign in to continue." });
    }
  });

  it("answer a customer with the 403 state and never reach the domain", async () => {
    session.current = { user: { id: "6c1a3a52-4d0b-4bd4-9f0e-5a3e1b7d1a02", email: "c@example.test", name: "C", role: "customer" } };
    for (const result of [
      await adminCancelOrderAction(null, reason),
      await adminMarkRefundedAction(null, reason),
    ]) {
      expect(result).toEqual({ ok: false, status: 403, formError: "Only administrators can do that." });
    }
    expect(orders.cancelAsAdmin).not.toHaveBeenCalled();
    expect(orders.markRefundedAsAdmin).not.toHaveBeenCalled();
  });

  it("keep the typed reason when it is rejected", async () => {
    session.current = { user: { id: "6c1a3a52-4d0b-4bd4-9f0e-5a3e1b7d1a03", email: "a@example.test", name: "A", role: "admin" } };
    const result = await adminCancelOrderAction(null, form({ orderId: "6c1a3a52-4d0b-4bd4-9f0e-5a3e1b7d1a01", reason: "no" }));
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { reason: ["Give a reason (the customer sees it)."] },
      values: { reason: "no" },
    });
  });
});
