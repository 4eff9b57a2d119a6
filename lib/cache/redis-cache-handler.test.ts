import { randomUUID } from "node:crypto";
import { connect, createServer, type Socket } from "node:net";
import { createClient } from "@redis/client";
import { afterAll, describe, expect, it } from "vitest";
import { connectStore, RedisCacheHandler, type RedisStore } from "./redis-cache-handler.mjs";

// The real Redis every machine that runs the suite has (.ci/run starts it where missing).
const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
// A prefix of this run's own, so parallel runs never meet, and everything under it is deleted afterwards.
const prefix = `marquee-test:${randomUUID()}:`;
const stores: RedisStore[] = [];

function store(options: { url?: string; log?: (line: string) => void } = {}) {
  const made = connectStore({ url: options.url ?? url, prefix, log: options.log ?? (() => {}) });
  stores.push(made);
  return made;
}

/** What unstable_cache hands the cache for one of lib/catalog/cached.ts's reads. */
const fetchContext = (tags: string[]) => ({ kind: "FETCH", fetchCache: true, revalidate: 3600, tags, softTags: [] });
const fetchValue = (title: string) => ({ kind: "FETCH", data: { headers: {}, body: JSON.stringify({ title }), status: 200, url: "" }, revalidate: 3600, tags: [] });

afterAll(async () => {
  const admin = createClient({ url });
  await admin.connect();
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length > 0) await admin.del(keys);
  await admin.close();
  await Promise.all(stores.map((made) => made.close()));
});

describe("the Redis cache handler", () => {
  it("gives back what it stored, Buffers included", async () => {
    const handler = new RedisCacheHandler({ store: store(), buildId: "b1" });
    const page = { kind: "APP_PAGE", html: "<h1>Dune</h1>", rscData: Buffer.from([1, 2, 255]), headers: {}, status: 200, segmentData: new Map([["/_tree", Buffer.from("t")]]) };
    await handler.set("/movies/dune", page, { cacheControl: { revalidate: 60, expire: 120 } });
    const entry = await handler.get("/movies/dune", { kind: "APP_PAGE" });
    expect(entry?.value).toEqual(page);
    expect(entry?.cacheControl).toEqual({ revalidate: 60, expire: 120 });
    expect(await new RedisCacheHandler({ store: store(), buildId: "b2" }).get("/movies/dune", { kind: "APP_PAGE" })).toBeNull();
  });

  it("lets an entry expire with its lifetime", async () => {
    const handler = new RedisCacheHandler({ store: store(), buildId: "b1" });
    await handler.set("short", fetchValue("Alien"), { ...fetchContext([]), revalidate: 1 });
    const admin = createClient({ url });
    await admin.connect();
    const ttl = await admin.ttl(`${prefix}entry:b1:short`);
    await admin.close();
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await handler.get("short", fetchContext([]))).toBeNull();
  });

  it("misses on every instance once any instance revalidates one of the entry's tags", async () => {
    // Two instances: two handlers on two connections.
    const a = new RedisCacheHandler({ store: store(), buildId: "b1" });
    const b = new RedisCacheHandler({ store: store(), buildId: "b1" });
    await b.set("movie-dune", fetchValue("Dune"), fetchContext(["catalog", "movie:dune"]));
    expect((await b.get("movie-dune", fetchContext(["catalog", "movie:dune"])))?.value).toEqual(fetchValue("Dune"));
    await a.revalidateTag(["movie:alien"]);
    expect(await b.get("movie-dune", fetchContext(["catalog", "movie:dune"]))).not.toBeNull();
    await a.revalidateTag("movie:dune");
    expect(await b.get("movie-dune", fetchContext(["catalog", "movie:dune"]))).toBeNull();
  });

  it("keeps a value read before a revalidation elsewhere from being stored as fresh", async () => {
    const a = new RedisCacheHandler({ store: store(), buildId: "b1" });
    const b = new RedisCacheHandler({ store: store(), buildId: "b1" });
    expect(await b.get("movie-heat", fetchContext(["movie:heat"]))).toBeNull(); // b starts its database read
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.revalidateTag("movie:heat"); // a's edit commits while b is reading
    await b.set("movie-heat", fetchValue("Heat (old)"), fetchContext(["movie:heat"]));
    expect(await new RedisCacheHandler({ store: store(), buildId: "b1" }).get("movie-heat", fetchContext(["movie:heat"]))).toBeNull();
  });

  it("answers a miss, quickly, when Redis is unreachable, and says so once", async () => {
    const lines: string[] = [];
    const handler = new RedisCacheHandler({ store: store({ url: "redis://127.0.0.1:1", log: (line) => lines.push(line) }), buildId: "b1" });
    for (let attempt = 0; attempt < 3; attempt++) {
      let started = Date.now();
      expect(await handler.get("anything", fetchContext(["catalog"]))).toBeNull();
      expect(Date.now() - started).toBeLessThan(1_000);
      started = Date.now();
      await handler.set("anything", fetchValue("Dune"), fetchContext(["catalog"]));
      await handler.revalidateTag("catalog");
      expect(Date.now() - started).toBeLessThan(1_000);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cache: Redis unreachable, serving from the database/);
  });

  it("waits once for a Redis that stops answering, then misses at once until it answers again", async () => {
    // A relay to the real Redis that can go silent, like a stalled network: the connection stays open
    // and the answers are held back (TCP loses none) until it speaks again.
    let silent = false;
    const held: { client: Socket; chunk: Buffer }[] = [];
    const sockets: Socket[] = [];
    const relay = createServer((client) => {
      const upstream = connect(Number(new URL(url).port || 6379), new URL(url).hostname);
      sockets.push(client, upstream);
      client.pipe(upstream);
      upstream.on("data", (chunk: Buffer) => (silent ? held.push({ client, chunk }) : client.write(chunk)));
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    const { port } = relay.address() as { port: number };
    try {
      const lines: string[] = [];
      const handler = new RedisCacheHandler({ store: store({ url: `redis://127.0.0.1:${port}`, log: (line) => lines.push(line) }), buildId: "b1" });
      await handler.set("quiet", fetchValue("Dune"), fetchContext([]));
      expect(await handler.get("quiet", fetchContext([]))).not.toBeNull();

      silent = true;
      let started = Date.now();
      expect(await handler.get("quiet", fetchContext([]))).toBeNull();
      expect(Date.now() - started).toBeLessThan(1_000);
      started = Date.now();
      expect(await handler.get("quiet", fetchContext([]))).toBeNull();
      expect(Date.now() - started).toBeLessThan(50);
      expect(lines).toEqual([expect.stringMatching(/^cache: Redis unreachable, serving from the database \(no answer within 500 ms\)/)]);

      silent = false;
      for (const { client, chunk } of held.splice(0)) client.write(chunk);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await handler.get("quiet", fetchContext([]))).not.toBeNull();
      expect(lines[1]).toBe("cache: Redis reachable again, shared cache in use");
    } finally {
      for (const socket of sockets) socket.destroy();
      relay.close();
    }
  });
});
