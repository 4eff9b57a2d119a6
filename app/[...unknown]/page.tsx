import { notFound } from "next/navigation";
import { connection } from "next/server";

/**
 * Every path no route claims. Without it Next answers them with its prerendered 404, which is cached
 * once and then sent with another response's script nonce (app/not-found.tsx reads nothing from the
 * request, since cached pages render it too): rendered per request here, the 404 carries its own.
 */
export default async function UnknownPath(): Promise<never> {
  await connection();
  notFound();
}
