import { describe, expect, it } from "vitest";
import { apiClientName, deviceName } from "./device-name";

describe("deviceName", () => {
  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0", "Firefox on Windows"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1", "Safari on iOS"],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome on Linux"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on macOS"],
    ["curl/8.5.0", "Script"],
    ["", "Unknown device"],
  ])("%s → %s", (userAgent, expected) => {
    expect(deviceName(userAgent)).toBe(expected);
  });
});

describe("apiClientName", () => {
  it.each([
    ["MarqueeKiosk/2.1 (Foyer 3)", "MarqueeKiosk (app)"],
    ["okhttp/4.12.0", "okhttp (app)"],
    ["", "An app"],
    ["(weird)", "An app"],
  ])("%s → %s", (userAgent, expected) => {
    expect(apiClientName(userAgent)).toBe(expected);
  });
});
