/**
 * The incremental-cache handler next.config.ts names for every server. It decides when the server
 * starts, not when it is built, so one build serves either way — also the standalone output, whose
 * configuration is fixed at build: with REDIS_URL, the cache every instance shares (ADR 018); without,
 * Next's own file-system cache, exactly what Next uses when no handler is named (one instance, the
 * embedded default). The build itself never uses Redis: CI builds once for every run.
 *
 * Next also bundles this file into the Edge middleware, which never calls it under `next start` but
 * must be able to load it: so nothing Node-only is imported until a method runs, and those imports
 * are left to Node rather than bundled.
 */
export default class MarqueeCacheHandler {
  /** @param {any} ctx what Next hands any cache handler (its file system, dist folder, memory size…) */
  constructor(ctx) {
    this.ctx = ctx;
    /** @type {Promise<any> | undefined} */
    this.chosen = undefined;
    /** @type {any} */
    this.handler = undefined;
  }

  /** @returns {Promise<any>} */
  choose() {
    return (this.chosen ??= handlerFor(this.ctx).then((handler) => (this.handler = handler)));
  }

  /** @param {string} key @param {...any} rest */
  async get(key, ...rest) {
    const scoped = await scopedToDatabase(key);
    // A read may be followed by a render whose result comes back to set(): it began after this.
    if (!firstReadSinceWrite.has(scoped)) firstReadSinceWrite.set(scoped, performance.now());
    return (await this.choose()).get(scoped, ...rest);
  }

  /** @param {string} key @param {any} data @param {any} ctx @param {...any} rest */
  async set(key, data, ctx, ...rest) {
    const scoped = await scopedToDatabase(key);
    const readAt = firstReadSinceWrite.get(scoped);
    firstReadSinceWrite.delete(scoped);
    // Only a page that answered 200 is kept. A 404 (an unknown slug) or a redirect (an unknown city)
    // is rendered again each time: each made-up URL a crawler or a script asks for would otherwise
    // leave a page on disk or in Redis.
    if (data?.kind === "APP_PAGE" && data.status !== undefined && data.status !== 200) return;
    // A render that began before an admin's edit revalidated one of its tags may have read the old
    // rows; stored now, it would look newer than the edit and hide it until its next revalidation.
    // Dropped instead, so the next request renders again.
    if (readAt !== undefined && tagsOf(data, ctx).some((tag) => (tagRevalidatedAt.get(tag) ?? -Infinity) >= readAt)) return;
    return (await this.choose()).set(scoped, data, ctx, ...rest);
  }

  /** @param {string | string[]} tags @param {...any} rest */
  async revalidateTag(tags, ...rest) {
    const now = performance.now();
    for (const tag of [tags].flat()) tagRevalidatedAt.set(tag, now);
    return (await this.choose()).revalidateTag(tags, ...rest);
  }

  resetRequestCache() {
    this.handler?.resetRequestCache?.();
  }
}

/*
 * Next makes a handler per request, so what must outlive one lives here, per process: when each key
 * was first read since it was last written, and when each tag was last revalidated (ADR 021), on the
 * process's monotonic clock. Edits made on another instance reach this one through the Redis handler's
 * tags (ADR 018).
 */
/** @type {Map<string, number>} */
const firstReadSinceWrite = new Map();
/** @type {Map<string, number>} */
const tagRevalidatedAt = new Map();

/** The tags an entry answers to: a page's from its tags header, a data-cache entry's from its context. @param {any} data @param {any} ctx */
function tagsOf(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  return [...(ctx?.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
}

/**
 * A cached page's key, scoped to the database it was rendered from. Next keys a page by its route and
 * path alone (`/route-cache/APP_PAGE/<route hash>/$/actors/ada`), and its cache outlives the process on
 * disk (or in Redis): a server started on another database (the tests' second pass, a developer's
 * switch) would otherwise serve the first database's pages. The data cache's keys already name their
 * database (lib/catalog/cached.ts); other keys pass through.
 * @param {string} key
 */
export async function scopedToDatabase(key) {
  const marker = key.indexOf("/$/");
  if (!key.startsWith("/route-cache/") || marker === -1) return key;
  return `${key.slice(0, marker)}-${await databaseKey()}${key.slice(marker)}`;
}

/** @type {Promise<string> | undefined} */
let databaseKeyOnce;
function databaseKey() {
  // Web Crypto, not node:crypto: this file is bundled into the Edge middleware too.
  const database = process.env.DATABASE_URL || `pglite:${process.env.PGLITE_DATA_DIR ?? ""}`;
  databaseKeyOnce ??= crypto.subtle
    .digest("SHA-256", new TextEncoder().encode(database))
    .then((digest) => [...new Uint8Array(digest).slice(0, 6)].map((byte) => byte.toString(16).padStart(2, "0")).join(""));
  return databaseKeyOnce;
}

/** @param {any} ctx */
async function handlerFor(ctx) {
  if (process.env.REDIS_URL && process.env.NEXT_PHASE !== "phase-production-build") {
    const { RedisCacheHandler } = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "./redis-cache-handler.mjs");
    return new RedisCacheHandler(ctx);
  }
  const fileSystemCache = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "next/dist/server/lib/incremental-cache/file-system-cache.js");
  // A CommonJS module compiled from ESM: its class is `exports.default`, which Node's import puts under default.default.
  const FileSystemCache = fileSystemCache.default.default ?? fileSystemCache.default;
  return new FileSystemCache(ctx);
}
