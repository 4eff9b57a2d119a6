import { randomUUID } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import { createClient } from "@redis/client";
import { startServer, stopGroup, waitForOk } from "./api/support/server";
import { expect, test } from "./support/fixtures";
import { e2ePort, resendMockUrl } from "./support/ports";

/**
 * Two instances of the run's build on its database and one Redis (ADR 018): a movie an admin edits in
 * the dashboard of instance A shows its change on instance B's public page within 5 s, although B had
 * that page cached from before the edit. PostgreSQL only: the embedded database lives inside one process.
 */
const onPostgres = process.env.DATABASE_URL?.startsWith("postgres") ?? false;
const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const keyPrefix = `marquee-e2e-browser:${randomUUID()}:`;
const instanceA = `http://localhost:${e2ePort + 40}`;
const instanceB = `http://localhost:${e2ePort + 41}`;
const servers: ChildProcess[] = [];

test.describe("an edit on one instance, seen on another", () => {
  test.skip(!onPostgres, "needs PostgreSQL: the embedded database lives inside one process");

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    for (const [name, url] of [["instance A", instanceA], ["instance B", instanceB]] as const) {
      servers.push(
        startServer(name, Number(new URL(url).port), {
          NODE_ENV: "production",
          REDIS_URL: redisUrl,
          REDIS_KEY_PREFIX: keyPrefix,
          RESEND_API_KEY: "re_e2e_recorded_locally",
          RESEND_BASE_URL: resendMockUrl,
        }),
      );
    }
    await Promise.all([instanceA, instanceB].map((url) => waitForOk(`${url}/api/ready`, 90_000, servers)));
  });

  test.afterAll(async () => {
    await Promise.all(servers.map(stopGroup));
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(keys);
    await redis.close();
  });

  test("a movie's new synopsis, saved through A, is on B's cached page within 5 s", async ({ adminPage, browser }) => {
    const title = `Two Lighthouses ${randomUUID().slice(0, 8)}`;
    await adminPage.goto(`${instanceA}/admin/movies/new`);
    await adminPage.getByLabel("Title").fill(title);
    await adminPage.getByLabel("Synopsis").fill("Before the edit.");
    await adminPage.getByLabel("Release date").fill("2026-01-09");
    await adminPage.getByLabel("Runtime (minutes)").fill("101");
    await adminPage.getByLabel("Certificate").fill("PG");
    await adminPage.getByRole("button", { name: "Create movie" }).click();
    await expect(adminPage.getByRole("heading", { name: title })).toBeVisible();
    await expect(adminPage.getByText("Movie created.")).toBeVisible();
    const adminMovieUrl = adminPage.url();

    // A visitor on B: the page is read once, so B holds it in the shared cache.
    const visitor = await (await browser.newContext()).newPage();
    const publicMovieUrl = `${instanceB}/movies/${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    await visitor.goto(publicMovieUrl);
    await expect(visitor.getByText("Before the edit.")).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByText("Before the edit.")).toBeVisible();

    await adminPage.goto(`${adminMovieUrl}/edit`);
    await adminPage.getByLabel("Synopsis").fill("After the edit, made on instance A.");
    await adminPage.getByRole("button", { name: "Save movie" }).click();
    await expect(adminPage.getByText("Movie saved.")).toBeVisible();
    const saved = Date.now();

    await expect
      .poll(
        async () => {
          await visitor.goto(publicMovieUrl);
          return visitor.getByText("After the edit, made on instance A.").isVisible();
        },
        { timeout: 5_000, intervals: [100] },
      )
      .toBe(true);
    test.info().annotations.push({ type: "seen on B after", description: `${Date.now() - saved} ms` });
    await visitor.screenshot({ path: test.info().outputPath("instance-b-after-edit.png") });
    await visitor.context().close();
  });
});
