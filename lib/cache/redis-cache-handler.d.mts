// Types of redis-cache-handler.mjs for the TypeScript that imports it (the readiness check, the tests):
// the handler itself stays JavaScript because Next imports it with Node, outside the bundle.
export declare const COMMAND_TIMEOUT_MS: number;

export type RedisStore = {
  prefix: string;
  revalidateTags(tags: string[]): Promise<void>;
  /** True when Redis answers PING within COMMAND_TIMEOUT_MS. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

export declare function connectStore(options: { url: string; prefix?: string; log?: (line: string) => void }): RedisStore;

/** The process's store, made on first use from REDIS_URL; undefined when REDIS_URL is unset. */
export declare function processStore(): RedisStore | undefined;

export type CachedEntry = { lastModified: number; value: unknown; cacheControl?: { revalidate: number | false; expire?: number } };

export declare class RedisCacheHandler {
  constructor(ctx: { serverDistDir?: string; store?: RedisStore; buildId?: string });
  get(key: string, ctx: object): Promise<CachedEntry | null>;
  set(key: string, data: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
