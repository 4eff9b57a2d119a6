import { useId, type InputHTMLAttributes, type ReactNode } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function Field({ label, error, hint, id, className = "", ...input }: FieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-10 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        {...input}
      />
      {hint ? (
        <div id={hintId} className="text-sm text-zinc-600">
          {hint}
        </div>
      ) : null}
      <p id={errorId} aria-live="polite" className="min-h-0 text-sm text-red-700 empty:hidden">
        {error}
      </p>
    </div>
  );
}
