"use client";

type Method = { id: string; label: string; description: string };

/**
 * How an order is paid, as one radio card per method (field name `paymentMethod`), with the action's
 * field error under it. The first method is chosen unless `chosen` says otherwise.
 */
export function PaymentMethodChoice({
  legend,
  methods,
  chosen,
  onChoose,
  error,
}: {
  legend: string;
  methods: readonly Method[];
  chosen?: string;
  onChoose?: (id: string) => void;
  error?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "payment-method-error" : undefined}>
      <legend className="mb-1 text-sm font-semibold text-zinc-800">{legend}</legend>
      {methods.map((method, index) => (
        <label
          key={method.id}
          className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
        >
          <input
            type="radio"
            name="paymentMethod"
            value={method.id}
            {...(onChoose ? { checked: (chosen ?? methods[0]?.id) === method.id, onChange: () => onChoose(method.id) } : { defaultChecked: index === 0 })}
            className="mt-0.5 size-5 shrink-0 accent-brand-700"
          />
          <span className="flex flex-col">
            <span className="font-semibold">{method.label}</span>
            <span className="text-zinc-600">{method.description}</span>
          </span>
        </label>
      ))}
      {error ? (
        <p id="payment-method-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
