import { connect, createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

// An echo server stands for the database: what goes through the proxy comes back.
let echo: Server;
let proxy: TcpProxy;

beforeAll(async () => {
  echo = createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
  proxy = await startTcpProxy({ host: "127.0.0.1", port: (echo.address() as { port: number }).port });
});

afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => echo.close(resolve));
});

/** Sends `text` (on a new connection by default): its echo, the connection's error code, or "silent" after 300 ms. */
function exchange(text: string, socket = connect(proxy.port, "127.0.0.1")): Promise<string> {
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => done(chunk.toString());
    const onError = (error: NodeJS.ErrnoException) => done(error.code ?? "error");
    const done = (answer: string) => {
      clearTimeout(timer);
      socket.off("data", onData).off("error", onError);
      resolve(answer);
    };
    const timer = setTimeout(() => done("silent"), 300);
    socket.on("data", onData).on("error", onError);
    if (text) socket.write(text);
  });
}

describe("the test TCP proxy", () => {
  it("forwards, refuses, black-holes, partitions and heals", async () => {
    expect(await exchange("hello")).toBe("hello");

    await proxy.cut("refuse");
    expect(await exchange("refused?")).toBe("ECONNREFUSED");
    await proxy.restore();
    expect(await exchange("back")).toBe("back");

    await proxy.cut("blackhole");
    expect(await exchange("anyone?")).toBe("silent");
    await proxy.restore();

    const open = connect(proxy.port, "127.0.0.1");
    expect(await exchange("before", open)).toBe("before");
    await proxy.cut("partition");
    expect(await exchange("during", open)).toBe("silent");
    // Healing delivers what the partition held back, as TCP's retransmission would.
    const healed = exchange("", open);
    await proxy.restore();
    expect(await healed).toBe("during");
    open.destroy();
  });
});
