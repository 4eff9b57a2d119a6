import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { capturedLines } from "./capture.test-support";
import { createLogger } from "./logger";
import { currentRequestId } from "./request-context";
import { requestIdFor, stampRequestIds } from "./request-ids";

describe("request ids", () => {
  it("are new UUIDs unless a trusted proxy sent a well-formed one", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(requestIdFor("0123456789abcdef0123456789abcdef", 1)).toBe("0123456789abcdef0123456789abcdef");
    expect(requestIdFor("0123456789abcdef0123456789abcdef", 0)).toMatch(uuid);
    expect(requestIdFor('x" forged="1', 1)).toMatch(uuid);
    expect(requestIdFor("short", 1)).toMatch(uuid);
    expect(requestIdFor(["a-list-of-ids", "another-one"], 1)).toMatch(uuid);
    expect(requestIdFor(undefined, 1)).not.toBe(requestIdFor(undefined, 1));
  });

  it("follow each request through its asynchronous work, into its log lines and its response", async () => {
    stampRequestIds(0);
    const { lines, destination } = capturedLines();
    const logger = createLogger(destination);
    const server = createServer((request, response) => {
      // Work that outlives the request's first tick, as a page render or a query does.
      setTimeout(() => {
        void Promise.resolve().then(() => {
          logger.info({ path: request.url }, "handled");
          response.end(JSON.stringify({ seen: currentRequestId(), header: request.headers["x-request-id"] }));
        });
      }, 5);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    try {
      const responses = await Promise.all(
        ["/a", "/b", "/c"].map(async (path) => {
          const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { "X-Request-Id": "chosen-by-the-client" } });
          return { path, header: response.headers.get("x-request-id"), body: (await response.json()) as { seen: string; header: string } };
        }),
      );
      for (const { path, header, body } of responses) {
        expect(header).not.toBe("chosen-by-the-client");
        expect(body).toEqual({ seen: header, header });
        expect(lines.find((line) => line.path === path)).toMatchObject({ msg: "handled", requestId: header });
      }
      expect(new Set(responses.map((r) => r.header)).size).toBe(3);
    } finally {
      server.close();
    }
    logger.info("after the requests");
    expect(lines.at(-1)).not.toHaveProperty("requestId");
  });
});
