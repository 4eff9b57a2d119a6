import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Resend's send endpoint, for tests: the app's real Resend client posts to it through
 * RESEND_BASE_URL. Like Resend, it answers a repeat of an `Idempotency-Key` it has accepted with the
 * first answer and sends nothing again. GET /emails?to=address reads what was sent; POST /fail?count=N
 * makes the next N sends answer 500. In-process tests can also take the provider down a while.
 */
export type SentEmail = { id: string; to: string[]; subject: string; html: string; text: string; attachments: unknown[]; at: string };

/** "error": every send answers 500. "lost-answer": the email is sent, but the connection drops before the answer. */
export type ResendOutage = "error" | "lost-answer" | null;

export type ResendFake = {
  url: string;
  sent: SentEmail[];
  /** Sends that repeated an accepted Idempotency-Key (answered, not sent again). */
  repeats: number;
  outage(mode: ResendOutage): void;
  close(): Promise<void>;
};

export async function startResendFake({ port = 0 }: { port?: number } = {}): Promise<ResendFake> {
  const sent: SentEmail[] = [];
  const byKey = new Map<string, string>();
  let failuresLeft = 0;
  let outage: ResendOutage = null;
  const fake = { sent, repeats: 0 };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const reply = (status: number, payload: unknown) => json(response, status, payload);
      if (request.method === "GET" && url.pathname === "/health") return reply(200, { ok: true });
      if (request.method === "GET" && url.pathname === "/emails") {
        const to = url.searchParams.get("to")?.toLowerCase();
        return reply(200, to ? sent.filter((m) => m.to.some((t) => t.toLowerCase() === to)) : sent);
      }
      if (request.method === "POST" && url.pathname === "/fail") {
        failuresLeft = Number(url.searchParams.get("count") ?? 1);
        return reply(200, { failuresLeft });
      }
      if (request.method !== "POST" || url.pathname !== "/emails") return reply(404, { name: "not_found", message: `${request.method} ${url.pathname}` });

      if (outage === "error" || failuresLeft > 0) {
        failuresLeft = Math.max(0, failuresLeft - 1);
        return reply(500, { name: "internal_server_error", message: "stand-in outage", statusCode: 500 });
      }
      const key = request.headers["idempotency-key"];
      const known = typeof key === "string" ? byKey.get(key) : undefined;
      if (known) {
        fake.repeats++;
        return reply(200, { id: known });
      }
      const message = JSON.parse(body) as Omit<SentEmail, "id" | "at" | "to"> & { to: string | string[] };
      const id = crypto.randomUUID();
      sent.push({ ...message, to: [message.to].flat(), id, at: new Date().toISOString(), attachments: message.attachments ?? [] });
      if (typeof key === "string") byKey.set(key, id);
      if (outage === "lost-answer") return response.destroy();
      reply(200, { id });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    get repeats() {
      return fake.repeats;
    },
    outage: (mode) => {
      outage = mode;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function json(response: ServerResponse, status: number, payload: unknown) {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(payload));
}
