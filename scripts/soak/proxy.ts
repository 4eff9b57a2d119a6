import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * nginx in front of the soak's instances, with deploy/nginx.conf itself (only its ports changed), so
 * the soak also proves the configuration the README ships. Installed from Debian's package when missing.
 */
export type Proxy = { base: string; stop: () => void };

function nginxBinary(): string {
  const found = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));
  if (found) return found;
  console.log("soak: installing nginx (Debian package)");
  execFileSync("apt-get", ["install", "-y", "-qq", "nginx"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return "/usr/sbin/nginx";
}

export function startProxy(port: number, upstreamPorts: number[]): Proxy {
  const nginx = nginxBinary();
  const prefix = mkdtempSync(path.join(tmpdir(), "marquee-soak-nginx-"));
  mkdirSync(path.join(prefix, "logs"));
  const shipped = readFileSync(path.join(process.cwd(), "deploy/nginx.conf"), "utf8");
  const servers = upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;`).join("\n");
  const site = shipped
    .replace(/(    server 127\.0\.0\.1:\d+ [^\n]*\n)+/, `${servers}\n`)
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/access_log \S+ marquee;/, `access_log ${prefix}/logs/access.log marquee;`);
  if (!site.includes(`listen 127.0.0.1:${port};`)) throw new Error("deploy/nginx.conf no longer has the `listen 8080;` the soak replaces");
  writeFileSync(path.join(prefix, "marquee.conf"), site);
  writeFileSync(
    path.join(prefix, "nginx.conf"),
    [
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/logs/error.log;`,
      "events { worker_connections 1024; }",
      "http {",
      "  access_log off;",
      `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;`,
      `  include ${prefix}/marquee.conf;`,
      "}",
    ].join("\n"),
  );
  const args = ["-p", prefix, "-c", path.join(prefix, "nginx.conf")];
  const started = spawnSync(nginx, args, { encoding: "utf8" });
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => {
      spawnSync(nginx, [...args, "-s", "stop"]);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
