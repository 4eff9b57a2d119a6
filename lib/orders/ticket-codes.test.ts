import { describe, expect, it } from "vitest";
import { newTicketCode } from "./order-number";
import { signTicketCode, verifyTicketCode } from "./ticket-codes";

describe("signed ticket codes", () => {
  const code = newTicketCode();
  const signed = signTicketCode(code);

  it("verifies its own signature and gives back the ticket code", () => {
    expect(signed.startsWith(`${code}.`)).toBe(true);
    expect(verifyTicketCode(signed)).toBe(code);
    expect(verifyTicketCode(`  ${signed}\n`)).toBe(code);
  });

  it("rejects a code whose id or signature was changed", () => {
    const [id, signature] = signed.split(".");
    const otherId = `${id.slice(0, -1)}${id.endsWith("0") ? "1" : "0"}`;
    const otherSignature = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    expect(verifyTicketCode(`${otherId}.${signature}`)).toBeNull();
    expect(verifyTicketCode(`${id}.${otherSignature}`)).toBeNull();
    expect(verifyTicketCode(id)).toBeNull();
    expect(verifyTicketCode(`${id}.`)).toBeNull();
    expect(verifyTicketCode("")).toBeNull();
  });

  it("rejects a code signed with another deployment's secret", () => {
    const foreign = signTicketCode(code, "another-secret-0123456789abcdef0123456789");
    expect(foreign).not.toBe(signed);
    expect(verifyTicketCode(foreign)).toBeNull();
  });
});
