import { describe, expect, it } from "vitest";
import { checkImageUpload, MAX_UPLOAD_BYTES, pngSize, sniffImageType } from "./image-type";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 2, 0, 0, 0, 3]);
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe("image uploads are checked by content", () => {
  it("recognises JPEG, PNG, WebP and AVIF by their magic bytes", () => {
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageType(png)).toBe("image/png");
    expect(sniffImageType(bytesOf("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(Uint8Array.from([0, 0, 0, 24, ...bytesOf("ftypavif"), 0, 0, 0, 0, ...bytesOf("mif1")]))).toBe("image/avif");
    expect(pngSize(png)).toEqual({ width: 2, height: 3 });
  });

  it("refuses a text file named .png, an SVG with script, an empty and an oversized file", () => {
    expect(checkImageUpload(bytesOf("just some text pretending to be a png"))).toMatchObject({ ok: false });
    expect(checkImageUpload(bytesOf('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toMatchObject({ ok: false });
    expect(checkImageUpload(new Uint8Array())).toEqual({ ok: false, error: "The file is empty." });
    const huge = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    huge.set(png);
    expect(checkImageUpload(huge)).toMatchObject({ ok: false, error: expect.stringContaining("5 MB") });
  });
});
