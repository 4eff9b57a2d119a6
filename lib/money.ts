/**
 * Money is integer minor units plus an ISO currency; this is the one place it becomes text or is read
 * back from what someone typed. The number of minor digits is the currency's own (2 for GBP, 0 for
 * JPY), as Intl knows it.
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** Amounts that carry no currency of their own (booking fee, surcharges, fixed ticket prices). */
export const DEFAULT_CURRENCY = "GBP";

function currencyFormatter(currency: string, locale = "en-GB") {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** How many minor digits the currency has: 2 for GBP, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string) {
  return currencyFormatter(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(minor: number, currency: string, locale = "en-GB") {
  return currencyFormatter(currency, locale).format(minor / 10 ** currencyDigits(currency));
}

/** 1250 GBP → "12.50"; 1250 JPY → "1250": a plain decimal for form fields and schema.org prices. */
export function minorToMajor(minor: number, currency: string = DEFAULT_CURRENCY) {
  return (minor / 10 ** currencyDigits(currency)).toFixed(currencyDigits(currency));
}

/** "12.5" GBP → 1250: a typed decimal amount back to minor units (rounded to the currency's precision). */
export function majorToMinor(major: string | number, currency: string = DEFAULT_CURRENCY) {
  return Math.round(Number(major) * 10 ** currencyDigits(currency));
}
