/**
 * How the tests, the bench and the soak start a production server: the standalone output that
 * `npm start` runs, so they exercise what ships (`npm run build` puts the static files beside it).
 * `node` runs the server itself, so its process group is the server alone and signals reach it
 * directly. "::" listens on IPv6 and IPv4 as `next start` does, so http://localhost answers either way.
 */
export function productionServer(port: number) {
  return { command: "node", args: [".next/standalone/server.js"], env: { PORT: String(port), HOSTNAME: "::" } };
}
