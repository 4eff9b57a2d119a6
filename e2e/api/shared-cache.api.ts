import { type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { adminToken } from "./support/accounts";
import { api } from "./support/http";
import { startServer, stopGroup, waitForOk } from "./support/server";

/**
 * Two instances behind one Redis (ADR 018): an edit made through instance A shows on instance B's
 * cached page within 5 s. A third instance reaches Redis through a proxy this test cuts: it then still
 * serves pages from the database, reports itself not ready, and once the link is back writes the edits
 * it made meanwhile, so B shows them too. Each instance is the run's production server on its database.
 */
const onPostgres = process.env.DATABASE_URL?.startsWith("postgres") ?? false;
const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
// This run's own keys, so parallel runs never share entries; deleted afterwards.
const keyPrefix = `marquee-e2e:${randomUUID()}:`;
const apiPort = Number(process.env.API_TEST_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 10);
const urls = { a: `http://localhost:${apiPort + 80}`, b: `http://localhost:${apiPort + 81}`, cut: `http://localhost:${apiPort + 82}` };
const proxyPort = apiPort + 83;
const servers: ChildProcess[] = [];
let cutLog = "";

function instance(name: string, port: number, redis: string) {
  const server = startServer(name, port, {
    NODE_ENV: "production",
    // Access tokens name APP_URL as their issuer: the same as the suite's server, whose admin token is used here.
    APP_URL: inject("apiBaseUrl"),
    REDIS_URL: redis,
    REDIS_KEY_PREFIX: keyPrefix,
    RESEND_API_KEY: "re_shared_cache_sends_nothing",
    RESEND_BASE_URL: "http://127.0.0.1:9",
  });
  servers.push(server);
  return server;
}

async function pageOf(url: string) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, html: await response.text() };
}

/** Polls `url` until its page contains `text`; how long that took in ms, or -1 after `limitMs`. */
async function msUntilShown(url: string, text: string, limitMs: number) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await pageOf(url)).html.includes(text)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return -1;
}

async function createMovie(title: string) {
  const created = await api<{ id: string; slug: string }>("/api/v1/movies", {
    body: { title, releaseDate: "2026-03-01", runtimeMinutes: 99, certificate: "PG", language: "en", synopsis: "Cached on two instances." },
    token: adminToken(),
  });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; slug: string };
}

async function renameMovie(baseUrl: string, id: string, title: string) {
  const patch = await fetch(`${baseUrl}/api/v1/movies/${id}`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${adminToken()}`, "Content-Type": "application/json" },
    body: JSON.stringify({ title }),
  });
  expect(patch.status, await patch.text()).toBe(200);
}

/** A TCP relay to Redis that can be cut (connections reset, port closed) and reopened: a network outage. */
function redisLink() {
  const target = new URL(redisUrl);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  return {
    open: () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port || 6379), target.hostname);
          const drop = () => {
            client.destroy();
            upstream.destroy();
          };
          for (const socket of [client, upstream]) {
            sockets.add(socket);
            socket.on("error", drop).on("close", drop);
          }
          client.pipe(upstream).pipe(client);
        }).listen(proxyPort, "127.0.0.1", () => resolve());
      }),
    cut: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        if (server) server.close(() => resolve());
        else resolve();
      }),
  };
}
const link = redisLink();

describe.skipIf(!onPostgres)("shared cache across instances (PostgreSQL only: the embedded database lives inside one process)", () => {
  beforeAll(async () => {
    instance("instance A", apiPort + 80, redisUrl);
    instance("instance B", apiPort + 81, redisUrl);
    await link.open();
    const cut = instance("cut-off instance", apiPort + 82, `redis://127.0.0.1:${proxyPort}${new URL(redisUrl).pathname}`);
    cut.stderr?.on("data", (chunk: Buffer) => (cutLog += chunk.toString()));
    cut.stdout?.on("data", (chunk: Buffer) => (cutLog += chunk.toString()));
    await Promise.all([
      waitForOk(`${urls.a}/api/ready`, 120_000, servers),
      waitForOk(`${urls.b}/api/ready`, 120_000, servers),
      waitForOk(`${urls.cut}/api/ready`, 120_000, servers),
    ]);
  }, 150_000);

  afterAll(async () => {
    await Promise.all(servers.map(stopGroup));
    await link.cut();
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(keys);
    await redis.close();
  }, 30_000);

  it("shows a title changed through one instance on another instance's cached page within 5 s", { timeout: 60_000 }, async () => {
    const title = `Shared Cache ${randomUUID().slice(0, 8)}`;
    const { id, slug } = await createMovie(title);

    // B reads it twice: the second answer comes from the shared cache, which now holds entries.
    for (let read = 0; read < 2; read++) expect((await pageOf(`${urls.b}/movies/${slug}`)).html).toContain(title);
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    expect((await redis.keys(`${keyPrefix}entry:*`)).length).toBeGreaterThan(0);
    await redis.close();

    await renameMovie(urls.a, id, `${title} Redux`);
    const seenAfterMs = await msUntilShown(`${urls.b}/movies/${slug}`, `${title} Redux`, 10_000);
    console.log(`shared cache: instance B showed A's edit after ${seenAfterMs} ms`);
    expect(seenAfterMs).toBeGreaterThanOrEqual(0);
    expect(seenAfterMs).toBeLessThanOrEqual(5_000);

    await api(`/api/v1/movies/${id}`, { method: "DELETE", token: adminToken() });
  });

  it("serves from the database while its Redis is cut off, is not ready, and hands over its edits once back", { timeout: 60_000 }, async () => {
    const title = `Cut Off ${randomUUID().slice(0, 8)}`;
    const { id, slug } = await createMovie(title);
    for (let read = 0; read < 2; read++) expect((await pageOf(`${urls.b}/movies/${slug}`)).html).toContain(title);

    await link.cut();
    const pageMs: number[] = [];
    for (const path of ["/movies", `/movies/${slug}`, "/movies", `/movies/${slug}`]) {
      const started = Date.now();
      const page = await pageOf(`${urls.cut}${path}`);
      pageMs.push(Date.now() - started);
      expect(page.status).toBe(200);
      expect(page.html).toContain(path === "/movies" ? "</html>" : title);
    }
    let started = Date.now();
    const ready = await fetch(`${urls.cut}/api/ready`);
    const readyMs = Date.now() - started;
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, checks: { database: "ok", migrations: "current", redis: "unreachable" } });
    // An edit made while cut off: saved, and shown by this instance at once (it reads the database).
    await renameMovie(urls.cut, id, `${title} Redux`);
    expect((await pageOf(`${urls.cut}/movies/${slug}`)).html).toContain(`${title} Redux`);
    // Said once for the outage, not once per request.
    expect(cutLog.match(/cache: Redis unreachable, serving from the database/g)).toHaveLength(1);
    console.log(`shared cache: cut off, pages answered 200 in ${pageMs.join(", ")} ms; /api/ready 503 in ${readyMs} ms`);

    await link.open();
    started = Date.now();
    await waitForOk(`${urls.cut}/api/ready`, 10_000, servers);
    const recoveredMs = Date.now() - started;
    // The edit's revalidation, held while Redis was away, reaches B's cached page now.
    const seenAfterMs = await msUntilShown(`${urls.b}/movies/${slug}`, `${title} Redux`, 10_000);
    console.log(`shared cache: link back, ready again after ${recoveredMs} ms; B showed the held edit ${seenAfterMs} ms later`);
    expect(seenAfterMs).toBeGreaterThanOrEqual(0);
    expect(seenAfterMs).toBeLessThanOrEqual(5_000);
    expect(cutLog.match(/cache: Redis reachable again/g)).toHaveLength(1);

    await api(`/api/v1/movies/${id}`, { method: "DELETE", token: adminToken() });
  });
});
