import type { ReactNode } from "react";

const tones = {
  neutral: "bg-zinc-100 text-zinc-800 ring-zinc-300",
  brand: "bg-brand-50 text-brand-800 ring-brand-100",
  info: "bg-sky-50 text-sky-900 ring-sky-200",
  success: "bg-green-50 text-green-800 ring-green-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  danger: "bg-red-50 text-red-800 ring-red-200",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className={`badge ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
