import { spawnSync } from "node:child_process";

/**
 * CI's dependency audit: `npm audit --omit=dev --audit-level=high` fails the run on any high or
 * critical advisory in what production installs. npm exits 1 both for "vulnerable" and for "could not
 * ask the advisory service", so the JSON report decides: an unreachable service (a registry mirror
 * without the audit API) is reported loudly but does not fail the run, because nothing was checked.
 */
export type AuditVerdict =
  | { status: "clean"; counts: Record<string, number> }
  | { status: "vulnerable"; findings: string[] }
  | { status: "unavailable"; reason: string };

type Report = {
  message?: string;
  error?: { summary?: string };
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: (string | { title?: string; url?: string })[]; fixAvailable?: unknown }>;
};

const BLOCKING = new Set(["high", "critical"]);

export function auditVerdict(report: Report): AuditVerdict {
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { status: "unavailable", reason: report.error?.summary || report.message || "no audit report" };
  const findings = Object.entries(report.vulnerabilities ?? {})
    .filter(([, entry]) => BLOCKING.has(entry.severity))
    .map(([name, entry]) => {
      const advisories = entry.via.map((via) => (typeof via === "string" ? `via ${via}` : `${via.title} ${via.url}`));
      return `${entry.severity}: ${name} — ${advisories.join("; ")}${entry.fixAvailable ? " (fix available)" : ""}`;
    });
  return findings.length > 0 ? { status: "vulnerable", findings } : { status: "clean", counts };
}

function main() {
  const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8" });
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    report = { message: (run.stderr || run.stdout).trim().split("\n")[0] };
  }
  const verdict = auditVerdict(report);
  if (verdict.status === "vulnerable") {
    console.error(`npm audit: high or critical advisories in production dependencies:\n  ${verdict.findings.join("\n  ")}`);
    console.error("Upgrade the package (npm install NAME@FIXED_VERSION, or an overrides entry for a transitive one).");
    process.exit(1);
  }
  if (verdict.status === "unavailable") {
    console.warn(`npm audit: WARNING — the advisory service could not be asked (${verdict.reason}); dependencies were NOT checked.`);
    return;
  }
  console.info(`npm audit: no high or critical advisories (${JSON.stringify(verdict.counts)}).`);
}

if (process.argv[1]?.endsWith("audit-dependencies.ts")) main();
