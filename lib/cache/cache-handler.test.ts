import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import MarqueeCacheHandler, { scopedToDatabase } from "./cache-handler.mjs";
import { RedisCacheHandler } from "./redis-cache-handler.mjs";

const context = () => ({ dev: false, flushToDisk: false, serverDistDir: mkdtempSync(path.join(tmpdir(), "marquee-cache-")), maxMemoryCacheSize: 0, revalidatedTags: [] });
const fetchContext = { kind: "FETCH", fetchCache: true, revalidate: 60, tags: [], softTags: [] };

describe("the cache handler next.config.ts names", () => {
  afterEach(() => void vi.unstubAllEnvs());

  it("is Next's own file-system cache without REDIS_URL", async () => {
    vi.stubEnv("REDIS_URL", "");
    const handler = new MarqueeCacheHandler(context());
    const chosen = await handler.choose();
    expect(chosen).not.toBeInstanceOf(RedisCacheHandler);
    expect(chosen.constructor.name).toBe("FileSystemCache");
    expect(await handler.get("nothing-here", fetchContext)).toBeNull();
    expect(() => handler.resetRequestCache()).not.toThrow();
  });

  it("is the shared Redis cache when the server starts with REDIS_URL, but never while building", async () => {
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:6379");
    vi.stubEnv("REDIS_KEY_PREFIX", "marquee-test-selector:");
    expect(await new MarqueeCacheHandler(context()).choose()).toBeInstanceOf(RedisCacheHandler);
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    expect(await new MarqueeCacheHandler(context()).choose()).not.toBeInstanceOf(RedisCacheHandler);
  });

  it("keeps a cached page under the database it was rendered from, and other keys as Next made them", async () => {
    const page = "/route-cache/APP_PAGE/0f3a/$/actors/ada";
    const scoped = await scopedToDatabase(page);
    expect(scoped).toMatch(/^\/route-cache\/APP_PAGE\/0f3a-[0-9a-f]{12}\/\$\/actors\/ada$/);
    expect(await scopedToDatabase("/route-cache/APP_PAGE/0f3a/$/actors/ada")).toBe(scoped);
    expect(await scopedToDatabase("c0ffee")).toBe("c0ffee");
  });

  it("keeps only pages that answered 200, so made-up URLs (404s, unknown cities' redirects) leave nothing behind", async () => {
    vi.stubEnv("REDIS_URL", "");
    const handler = new MarqueeCacheHandler(context());
    const chosen = (await handler.choose()) as { set: (...args: unknown[]) => Promise<void> };
    const set = vi.spyOn(chosen, "set");
    await handler.set("/route-cache/APP_PAGE/0f3a/$/actors/made-up", { kind: "APP_PAGE", status: 404, html: "" }, {});
    await handler.set("/route-cache/APP_PAGE/0f3a/$/cached-city/atlantis", { kind: "APP_PAGE", status: 307, html: "" }, {});
    expect(set).not.toHaveBeenCalled();
    await handler.set("/route-cache/APP_PAGE/0f3a/$/actors/ada", { kind: "APP_PAGE", status: 200, html: "" }, {}).catch(() => {});
    expect(set).toHaveBeenCalledOnce();
  });

  it("drops a render that began before one of its tags was revalidated, so an edit is never hidden", async () => {
    vi.stubEnv("REDIS_URL", "");
    const handler = new MarqueeCacheHandler(context());
    const chosen = (await handler.choose()) as { set: (...args: unknown[]) => Promise<void> };
    const set = vi.spyOn(chosen, "set").mockResolvedValue();
    const page = (tag: string) => ({ kind: "APP_PAGE", status: 200, html: "", headers: { "x-next-cache-tags": `_N_T_/layout,${tag}` } });

    // Read (a render starts), an admin's edit revalidates the page's tag, the render comes back: dropped.
    await handler.get("/route-cache/APP_PAGE/0f3a/$/actors/raced", {});
    await handler.revalidateTag(["actor:raced"]);
    await handler.set("/route-cache/APP_PAGE/0f3a/$/actors/raced", page("actor:raced"), {});
    expect(set).not.toHaveBeenCalled();

    // The next render began after the edit: kept. So is one whose tags nobody touched.
    await handler.get("/route-cache/APP_PAGE/0f3a/$/actors/raced", {});
    await handler.set("/route-cache/APP_PAGE/0f3a/$/actors/raced", page("actor:raced"), {});
    await handler.get("/route-cache/APP_PAGE/0f3a/$/actors/calm", {});
    await handler.revalidateTag("actor:raced");
    await handler.set("/route-cache/APP_PAGE/0f3a/$/actors/calm", page("actor:calm"), {});
    expect(set).toHaveBeenCalledTimes(2);

    // A data-cache entry names its tags in the context Next hands set().
    await handler.get("c0ffee", fetchContext);
    await handler.revalidateTag("catalog");
    await handler.set("c0ffee", { kind: "FETCH", data: {} }, { ...fetchContext, tags: ["catalog"] });
    expect(set).toHaveBeenCalledTimes(2);
  });
});
