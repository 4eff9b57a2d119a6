import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "./common-passwords";
import { PASSWORD_INPUT_MAX, passwordProblem } from "./password-policy";
import { signUpSchema } from "./schemas";
import { hashPassword, verifyPassword } from "./password-hash";

describe("password policy", () => {
  it("ships a common-password list of more than 10,000 entries", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(10_000);
  });

  it("refuses short passwords, counting characters rather than bytes", () => {
    expect(passwordProblem("short")).toBe("Use at least 12 characters (you have 5).");
    // 11 emoji are 22 UTF-16 code units but only 11 characters.
    expect(passwordProblem("🎬".repeat(11))).toMatch(/you have 11/);
  });

  it("refuses common passwords and common passwords padded with digits", () => {
    expect(isCommonPassword("1q2w3e4r5t6y")).toBe(true);
    expect(passwordProblem("1q2w3e4r5t6y")).toMatch(/most common passwords/);
    expect(passwordProblem("password123456")).toMatch(/most common passwords/);
    expect(passwordProblem("!!ILoveYou2024")).toMatch(/most common passwords/);
  });

  it("refuses repetitive passwords", () => {
    expect(passwordProblem("abababababababab")).toMatch(/too few different characters/);
  });

  it("refuses passwords containing the user's name or email", () => {
    expect(passwordProblem("pat.tester-likes-films", { email: "pat.tester@example.com" })).toMatch(/email/);
    expect(passwordProblem("my friend Gwendolyn rocks", { name: "Gwendolyn Smith" })).toMatch(/name/);
  });

  it("accepts long Unicode passwords, whole", () => {
    expect(passwordProblem("パスワードは長くて安全です🎟️映画館")).toBeNull();
    expect(passwordProblem("Ünïcödé façade naïve crème brûlée")).toBeNull();
    expect(passwordProblem("x".repeat(10) + "correct horse battery staple".repeat(30))).toBeNull();
  });

  it("caps the input at 1 KB before any hashing", () => {
    expect(passwordProblem("correct horse battery staple ".repeat(40))).toBe("Use at most 1,024 characters.");
    const oneMegabyte = "a1b2c3d4".repeat(131_072);
    const parsed = signUpSchema.safeParse({ name: "Pat", email: "pat@example.com", password: oneMegabyte });
    expect(parsed.success).toBe(false);
    expect(PASSWORD_INPUT_MAX).toBe(1024);
  });

  it("does not truncate: passwords differing only after 72 bytes hash differently", async () => {
    const base = "a long shared prefix that goes on and on and on past seventy-two bytes ...";
    const stored = await hashPassword(`${base}one`);
    expect(await verifyPassword(stored, `${base}one`)).toBe(true);
    expect(await verifyPassword(stored, `${base}two`)).toBe(false);
  });
});
