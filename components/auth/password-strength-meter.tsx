"use client";

import { useEffect, useState } from "react";

type Estimator = (password: string, userInputs: string[]) => number;

const LABELS = ["Very weak", "Weak", "Fair", "Good", "Strong"] as const;
const BAR_COLOURS = ["bg-red-600", "bg-red-600", "bg-amber-500", "bg-lime-600", "bg-green-700"] as const;

let estimator: Promise<Estimator> | undefined;

/** zxcvbn-ts and its dictionaries are large: load them once, only when someone starts typing. */
function loadEstimator() {
  estimator ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(
    ([core, common]) => {
      const zxcvbn = new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
      return (password: string, userInputs: string[]) => zxcvbn.check(password, userInputs).score;
    },
  );
  return estimator;
}

/**
 * A live strength estimate under the password field. The words say it (announced politely to screen
 * readers); the bar only repeats them for sighted users. The policy itself is enforced by the schema.
 */
export function PasswordStrengthMeter({ password, userInputs }: { password: string; userInputs: string[] }) {
  const [score, setScore] = useState<number | null>(null);
  const inputsKey = userInputs.join("\u0000");

  useEffect(() => {
    let current = true;
    if (!password) {
      queueMicrotask(() => current && setScore(null));
      return () => {
        current = false;
      };
    }
    void loadEstimator().then((estimate) => {
      // Score only the first 100 characters: the estimate is quadratic, and anything that long is strong.
      if (current) setScore(estimate(password.slice(0, 100), inputsKey.split("\u0000").filter(Boolean)));
    });
    return () => {
      current = false;
    };
  }, [password, inputsKey]);

  const level = score === null ? null : Math.max(0, Math.min(4, score));
  return (
    <div className="flex flex-col gap-1" data-testid="password-strength">
      <div className="flex h-1.5 gap-1" aria-hidden="true">
        {[0, 1, 2, 3].map((segment) => (
          <span
            key={segment}
            className={`h-full flex-1 rounded-full ${level !== null && level > segment ? BAR_COLOURS[level] : "bg-zinc-200"}`}
          />
        ))}
      </div>
      <p className="text-sm text-zinc-700" aria-live="polite">
        {level === null ? "Password strength: not rated yet" : `Password strength: ${LABELS[level]}`}
      </p>
    </div>
  );
}
