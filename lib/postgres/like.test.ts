import { describe, expect, it } from "vitest";
import { containsPattern, escapeLike } from "./like";

describe("LIKE patterns from user text", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
  });

  it("matches the text anywhere, with % and _ taken literally", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});
