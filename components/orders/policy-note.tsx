/** The refund and change policy in plain words, as the checkout and order pages state it. */
export function PolicyNote({ text, title = "Changes and refunds" }: { text: string; title?: string }) {
  return (
    <section aria-label={title} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <h3 className="font-semibold">{title}</h3>
      <p className="mt-1">{text}</p>
    </section>
  );
}
