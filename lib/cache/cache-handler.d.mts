// Types of cache-handler.mjs, for its test: the handler stays JavaScript because Next imports it with Node, outside the bundle.
export default class MarqueeCacheHandler {
  constructor(ctx: object);
  choose(): Promise<object>;
  get(key: string, ctx: object): Promise<unknown>;
  set(key: string, data: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
export function scopedToDatabase(key: string): Promise<string>;
