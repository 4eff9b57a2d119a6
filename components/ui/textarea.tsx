import { useId, type TextareaHTMLAttributes } from "react";

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string; hint?: string };

export function Textarea({ label, error, hint, id, className = "", ...textarea }: TextareaProps) {
  const generatedId = useId();
  const textareaId = id ?? generatedId;
  const errorId = `${textareaId}-error`;
  const hintId = `${textareaId}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={textareaId} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <textarea
        id={textareaId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="min-h-24 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-600 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        {...textarea}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-zinc-600">
          {hint}
        </p>
      ) : null}
      <p id={errorId} aria-live="polite" className="text-sm text-red-700 empty:hidden">
        {error}
      </p>
    </div>
  );
}
