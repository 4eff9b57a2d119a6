"use client";

import { Toaster as SonnerToaster } from "sonner";

/** One toast region for the whole app; forms call `toast.success(…)` from "sonner" after a save. */
export function Toaster() {
  return <SonnerToaster position="top-center" richColors closeButton />;
}
