import { createServer } from "node:http";
import { resendMockPort } from "./ports";

/**
 * Stands in for Resend's API in browser tests: the app's real Resend client posts here
 * (RESEND_BASE_URL), and tests read what was sent with GET /emails?to=address.
 * POST /fail?count=N makes the next N sends answer 500, to exercise the retry queue.
 */
type Recorded = { id: string; to: string[]; subject: string; html: string; text: string; attachments: unknown[]; at: string };

const port = resendMockPort;
const sent: Recorded[] = [];
let failuresLeft = 0;

createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://localhost:${port}`);
  let body = "";
  request.on("data", (chunk: Buffer) => (body += chunk.toString()));
  request.on("end", () => {
    const reply = (status: number, payload: unknown) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(payload));
    };
    if (request.method === "GET" && url.pathname === "/health") return reply(200, { ok: true });
    if (request.method === "GET" && url.pathname === "/emails") {
      const to = url.searchParams.get("to")?.toLowerCase();
      return reply(200, to ? sent.filter((m) => m.to.some((t) => t.toLowerCase() === to)) : sent);
    }
    if (request.method === "POST" && url.pathname === "/fail") {
      failuresLeft = Number(url.searchParams.get("count") ?? 1);
      return reply(200, { failuresLeft });
    }
    if (request.method === "POST" && url.pathname === "/emails") {
      if (failuresLeft > 0) {
        failuresLeft--;
        return reply(500, { name: "internal_server_error", message: "mock outage", statusCode: 500 });
      }
      const message = JSON.parse(body) as Omit<Recorded, "id" | "at" | "to"> & { to: string | string[] };
      const id = crypto.randomUUID();
      sent.push({ ...message, to: [message.to].flat(), id, at: new Date().toISOString(), attachments: message.attachments ?? [] });
      return reply(200, { id });
    }
    reply(404, { name: "not_found", message: `${request.method} ${url.pathname}` });
  });
}).listen(port, "127.0.0.1");
