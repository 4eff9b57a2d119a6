// @ts-check
/**
 * Next's incremental cache (unstable_cache entries, the fetch cache and the route cache) shared by every
 * instance through Redis (ADR 018), chosen by cache-handler.mjs when REDIS_URL is set. Next imports it
 * with Node at start, outside the bundle, so it is plain JavaScript and reads process.env itself
 * (lib/env.ts has already validated REDIS_URL by then).
 *
 * Redis holds the entries (one key each, expiring with their lifetime) and one hash of tag ->
 * revalidatedAt (ms). `get` checks the entry's tags in that hash, so a tag revalidated on any instance
 * turns older entries into misses on all of them at once. Redis is an accelerator, never a dependency:
 * every call is bounded, and a failure is a miss (the page reads the database) logged once per outage.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@redis/client";

/** A slow Redis must cost a page less than the database read it saves. */
export const COMMAND_TIMEOUT_MS = 500;
/** After a failure, calls skip Redis this long: a Redis that stops answering costs one wait, not one per read. */
const BACKOFF_MS = 1_000;
/** Entries that never revalidate still leave eventually: old builds' pages must not pile up. */
const LONGEST_TTL_SECONDS = 30 * 24 * 3600;
const TAGS_HEADER = "x-next-cache-tags";

/**
 * One connection and its health. `prefix` namespaces every key (tests use a unique one per run).
 * @param {{ url: string, prefix?: string, log?: (line: string) => void }} options
 */
export function connectStore({ url, prefix = "marquee:", log = (line) => console.warn(line) }) {
  const client = createClient({
    url,
    // Fail fast while disconnected instead of queueing requests behind a dead socket.
    disableOfflineQueue: true,
    socket: { connectTimeout: COMMAND_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(200 * (retries + 1), 2_000) },
  });
  let healthy = true;
  let skipUntil = 0;
  /** Tags revalidated while Redis was away: written on recovery, or other instances would keep old entries. */
  const unsentTags = new Set();

  const failed = (/** @type {unknown} */ error) => {
    skipUntil = Date.now() + BACKOFF_MS;
    if (!healthy) return;
    healthy = false;
    log(`cache: Redis unreachable, serving from the database (${error instanceof Error ? error.message : String(error)})`);
  };
  const recovered = () => {
    skipUntil = 0;
    if (healthy) return;
    healthy = true;
    log("cache: Redis reachable again, shared cache in use");
    if (unsentTags.size > 0) void revalidateTags([...unsentTags]);
  };
  // Without a listener the client's connection errors would crash the process.
  client.on("error", failed);
  client.on("ready", recovered);
  // Commands wait (bounded) for the first connection attempt only; after it, while disconnected, they
  // fail at once. connect() itself stays pending through the retries, so its first error ends the wait too.
  const firstConnection = new Promise((resolve) => {
    client.once("error", resolve);
    client.connect().then(resolve, (error) => resolve(failed(error)));
  });

  /**
   * @template T
   * @param {(client: typeof client) => Promise<T>} command
   * @param {{ probe?: boolean }} [options] a probe asks Redis even right after a failure
   * @returns {Promise<T>}
   */
  async function bounded(command, { probe = false } = {}) {
    if (!probe && Date.now() < skipUntil) throw new Error("Redis failed a moment ago");
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
    });
    try {
      const result = await Promise.race([firstConnection.then(() => command(client)), timeout]);
      recovered();
      return /** @type {T} */ (result);
    } finally {
      clearTimeout(timer);
    }
  }

  /** @param {string[]} tags */
  async function revalidateTags(tags) {
    if (tags.length === 0) return;
    // Now, not when each was first asked: later is safe (a few extra misses), earlier could keep an old entry.
    const now = String(Date.now());
    try {
      await bounded((redis) => redis.hSet(`${prefix}tags`, Object.fromEntries(tags.map((tag) => [tag, now]))));
      for (const tag of tags) unsentTags.delete(tag);
    } catch (error) {
      for (const tag of tags) unsentTags.add(tag);
      failed(error);
    }
  }

  return {
    prefix,
    bounded,
    failed,
    revalidateTags,
    /** Readiness: true when Redis answers PING in time. */
    async ping() {
      try {
        return (await bounded((redis) => redis.ping(), { probe: true })) === "PONG";
      } catch (error) {
        failed(error);
        return false;
      }
    },
    async close() {
      client.removeAllListeners("ready");
      await client.close().catch(() => client.destroy());
    },
  };
}

/** @typedef {ReturnType<typeof connectStore>} RedisStore */

const processStoreKey = Symbol.for("marquee.redis-cache-store");

/** The one store of this process: Next makes a handler per request, and the readiness route shares it. */
export function processStore() {
  const holder = /** @type {Record<symbol, RedisStore | undefined>} */ (/** @type {unknown} */ (globalThis));
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  return (holder[processStoreKey] ??= connectStore({ url, prefix: process.env.REDIS_KEY_PREFIX || "marquee:" }));
}

/** Buffers and Maps (page payloads, route bodies, segment data) survive JSON as tagged objects. */
function serialize(/** @type {unknown} */ value) {
  return JSON.stringify(value, function (key, item) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") };
    if (original instanceof Map) return { $map: [...original.entries()] };
    return item;
  });
}

function deserialize(/** @type {string} */ text) {
  return JSON.parse(text, (_key, item) => {
    if (item && typeof item === "object" && typeof item.$buffer === "string") return Buffer.from(item.$buffer, "base64");
    if (item && typeof item === "object" && Array.isArray(item.$map)) return new Map(item.$map);
    return item;
  });
}

/** An entry of an older build is a different page (its HTML names other chunks): keys carry the build id. */
function buildIdOf(/** @type {string | undefined} */ serverDistDir) {
  try {
    return serverDistDir ? readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim() : "unbuilt";
  } catch {
    return "unbuilt";
  }
}

/** Seconds an entry may live: its expire, else its revalidate; `false` (never) gets the longest. */
function ttlOf(/** @type {any} */ ctx, /** @type {any} */ data) {
  const control = ctx?.cacheControl;
  const seconds = control?.expire ?? control?.revalidate ?? ctx?.revalidate ?? data?.revalidate;
  return typeof seconds === "number" && seconds > 0 ? Math.min(Math.ceil(seconds), LONGEST_TTL_SECONDS) : LONGEST_TTL_SECONDS;
}

/** Tags an entry answers to: the ones it was stored with, plus the implicit ones of this read (revalidatePath). */
function tagsOf(/** @type {any} */ stored, /** @type {any} */ ctx) {
  const tags = new Set([...(stored.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]);
  const header = stored.value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

export class RedisCacheHandler {
  /** @param {{ serverDistDir?: string, store?: RedisStore, buildId?: string }} ctx */
  constructor(ctx) {
    this.store = ctx.store ?? processStore();
    this.buildId = ctx.buildId ?? buildIdOf(ctx.serverDistDir);
    /**
     * When each key missed in this request: the value `set` then stores was read after that instant, so
     * a tag revalidated in between (by another instance) must still make it a miss.
     * @type {Map<string, number>}
     */
    this.missedAt = new Map();
  }

  /** @param {string} key */
  entryKey(key) {
    return `${this.store?.prefix}entry:${this.buildId}:${key}`;
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const store = this.store;
    this.missedAt.set(key, Date.now());
    if (!store) return null;
    try {
      const text = await store.bounded((redis) => redis.get(this.entryKey(key)));
      if (!text) return null;
      const stored = deserialize(text);
      const tags = tagsOf(stored, ctx);
      if (tags.length > 0) {
        const revalidatedAt = await store.bounded((redis) => redis.hmGet(`${store.prefix}tags`, tags));
        if (revalidatedAt.some((at) => at !== null && Number(at) >= stored.lastModified)) return null;
      }
      this.missedAt.delete(key);
      return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
    } catch (error) {
      store.failed(error);
      return null;
    }
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const store = this.store;
    if (!store) return;
    const lastModified = this.missedAt.get(key) ?? Date.now();
    this.missedAt.delete(key);
    const entry = { lastModified, value: data, cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl, tags: ctx?.tags ?? data?.tags ?? [] };
    try {
      await store.bounded((redis) => redis.set(this.entryKey(key), serialize(entry), { expiration: { type: "EX", value: ttlOf(ctx, data) } }));
    } catch (error) {
      store.failed(error);
    }
  }

  /**
   * `revalidateTag(tag, "max")` asks for stale-while-revalidate; a shared miss is simpler and fresher
   * (the next read goes to the database), so every revalidation expires the tag at once.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    await this.store?.revalidateTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {
    this.missedAt.clear();
  }
}
