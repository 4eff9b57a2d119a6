import { describe, expect, it } from "vitest";
import { open, seal, sealedWithOldKey } from "./secret-box";

const key = (byte: number) => Buffer.alloc(32, byte);
const oldRing = [{ id: "2025", key: key(1) }];
const rotated = [{ id: "2026", key: key(2) }, { id: "2025", key: key(1) }];

describe("secret box (issue 17 point 1: secrets encrypted at rest)", () => {
  it("round-trips, and never writes the plaintext", () => {
    const box = seal("JBSWY3DPEHPK3PXP", oldRing);
    expect(box).toMatch(/^v1\.2025\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(box).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(box, oldRing)).toBe("JBSWY3DPEHPK3PXP");
    expect(seal("JBSWY3DPEHPK3PXP", oldRing)).not.toBe(box);
  });

  it("refuses a tampered box, a relabelled key id and a wrong key", () => {
    const box = seal("secret", oldRing);
    const parts = box.split(".");
    const flipped = Buffer.from(parts[3], "base64url");
    flipped[0] ^= 1;
    expect(() => open([...parts.slice(0, 3), flipped.toString("base64url"), parts[4]].join("."), oldRing)).toThrow();
    expect(() => open(["v1", "other", ...parts.slice(2)].join("."), [{ id: "other", key: key(1) }])).toThrow();
    expect(() => open(box, [{ id: "2025", key: key(9) }])).toThrow();
    expect(() => open("plain", oldRing)).toThrow(/not a sealed secret/);
  });

  it("rotates: the old key still opens its boxes, which are marked for resealing with the new one", () => {
    const old = seal("secret", oldRing);
    expect(open(old, rotated)).toBe("secret");
    expect(sealedWithOldKey(old, rotated)).toBe(true);
    const resealed = seal(open(old, rotated), rotated);
    expect(resealed.split(".")[1]).toBe("2026");
    expect(sealedWithOldKey(resealed, rotated)).toBe(false);
    expect(() => open(resealed, oldRing)).toThrow(/no key "2026"/);
  });
});
