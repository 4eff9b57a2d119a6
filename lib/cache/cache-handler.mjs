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

  /** @param {...any} args */
  async get(...args) {
    return (await this.choose()).get(...args);
  }

  /** @param {...any} args */
  async set(...args) {
    return (await this.choose()).set(...args);
  }

  /** @param {...any} args */
  async revalidateTag(...args) {
    return (await this.choose()).revalidateTag(...args);
  }

  resetRequestCache() {
    this.handler?.resetRequestCache?.();
  }
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
