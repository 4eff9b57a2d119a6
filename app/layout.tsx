import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { TimeZoneCookie } from "@/components/layout/time-zone-cookie";
import { Toaster } from "@/components/ui/toaster";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.APP_URL),
  title: { default: "Marquee — movie tickets", template: "%s · Marquee" },
  description: "Find what's on near you, pick your seats and book movie tickets in seconds.",
  applicationName: "Marquee",
};

export const viewport: Viewport = { themeColor: "#111318", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        {children}
        <Toaster />
        <TimeZoneCookie />
      </body>
    </html>
  );
}
