/** Next.js calls this once per server instance; the work itself is Node-only (lib/server-start.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startServer } = await import("@/lib/server-start");
    await startServer();
  }
}
