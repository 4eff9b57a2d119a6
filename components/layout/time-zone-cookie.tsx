"use client";

import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/time/viewer-time-zone";

/**
 * Tells the server the browser's time zone (lib/time/viewer-time-zone.ts), once per change, so pages
 * that show the visitor's own times render them in the right zone on the server. Renders nothing.
 */
export function TimeZoneCookie() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const current = document.cookie.split("; ").find((pair) => pair.startsWith(`${TIME_ZONE_COOKIE}=`));
    // IANA names ("America/Argentina/Buenos_Aires", "Etc/GMT+5") are cookie-safe as they are.
    if (!zone || current === `${TIME_ZONE_COOKIE}=${zone}`) return;
    const secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
  }, []);
  return null;
}
