import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPipelineAction } from "./define-action";

// Every server action goes through lib/actions/define-action.ts, so none can skip the guard, the
// parse or the error mapping. This finds every "use server" module and checks what it exports.
const root = path.resolve(import.meta.dirname, "../..");
const sourceDirs = ["app", "components", "lib"];

function sourceFiles() {
  return sourceDirs.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"))
      .map((file) => path.join(dir, file)),
  );
}

const directive = /^\s*["']use server["'];?/m;
const serverModules = sourceFiles().filter((file) => directive.test(readFileSync(path.join(root, file), "utf8")));

describe("every server action is built by the action pipeline", () => {
  it("finds the actions modules", () => {
    expect(serverModules.length).toBeGreaterThan(10);
  });

  it.each(serverModules)("%s: the directive is the module's, not an inline server function's", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    // Only comments may precede a module-level directive; an inline "use server" would bypass the wrapper.
    const beforeDirective = source.slice(0, source.search(directive)).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "").trim();
    expect(beforeDirective).toBe("");
    expect(source.match(new RegExp(directive.source, "gm"))).toHaveLength(1);
  });

  it.each(serverModules)("%s: exports only pipeline actions", async (file) => {
    const exports = (await import(`@/${file.replace(/\.tsx?$/, "")}`)) as Record<string, unknown>;
    const handRolled = Object.entries(exports)
      .filter(([, value]) => !isPipelineAction(value))
      .map(([name]) => name);
    expect(handRolled).toEqual([]);
    expect(Object.keys(exports).length).toBeGreaterThan(0);
  });
});
