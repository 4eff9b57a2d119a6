import { connect } from "node:net";
import { expect, test } from "@playwright/test";

/**
 * Issue 16 points 5 and 15, over raw HTTP against the production build: what an attacker sends, not
 * what our forms send.
 */

/** Writes `head` (and an optional start of a body) on a fresh socket and returns the first response line. */
function firstResponseLine(baseURL: string, head: string, bodyStart = ""): Promise<string> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname);
    let received = "";
    socket.setTimeout(10_000, () => {
      socket.destroy();
      reject(new Error(`no answer within 10 s; got: ${received.slice(0, 200)}`));
    });
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n")) {
        socket.destroy();
        resolve(received.slice(0, received.indexOf("\r\n")));
      }
    });
    socket.on("error", reject);
    socket.write(head.replaceAll("\n", "\r\n") + "\r\n" + bodyStart);
  });
}

test("an upload declaring a 1 GB body is refused with 413 before the body is sent", async ({ baseURL }) => {
  const origin = baseURL ?? "";
  const { host } = new URL(origin);
  // Only the headers and a few bytes go out: a server that waited for the body would never answer.
  const line = await firstResponseLine(
    origin,
    `POST /admin/uploads HTTP/1.1\nHost: ${host}\nOrigin: ${origin}\nContent-Type: multipart/form-data; boundary=b\nContent-Length: 1073741824\n`,
    "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.png\"\r\n\r\n",
  );
  expect(line).toBe("HTTP/1.1 413 Payload Too Large");
});

test("an upload with no declared length (chunked) is refused with 411 before it is read", async ({ baseURL }) => {
  const origin = baseURL ?? "";
  const { host } = new URL(origin);
  const line = await firstResponseLine(
    origin,
    `POST /admin/uploads HTTP/1.1\nHost: ${host}\nOrigin: ${origin}\nContent-Type: multipart/form-data; boundary=b\nTransfer-Encoding: chunked\n`,
    "10\r\n--b\r\nContent-Dispo\r\n",
  );
  expect(line).toBe("HTTP/1.1 411 Length Required");
});

test("the upload route answers JSON under the API's locked-down policy", async ({ request, baseURL }) => {
  const response = await request.post("/admin/uploads", { headers: { Origin: baseURL ?? "" }, multipart: { file: "x" } });
  expect(response.status()).toBe(401);
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("/dev/mail is not served by a production build, even to a caller claiming to be local", async ({ request }) => {
  const claims: Record<string, string>[] = [{}, { "x-forwarded-for": "127.0.0.1" }, { "x-real-ip": "::1" }];
  for (const headers of claims) {
    const response = await request.get("/dev/mail", { headers });
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain("Newest first");
  }
});
