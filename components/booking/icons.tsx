/** Small inline icons (no icon font: every device draws them the same). */
export function WheelchairIcon({ className = "size-4" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className={className}>
      <circle cx="10" cy="4" r="1.6" fill="currentColor" stroke="none" />
      <path d="M10 7v6h6l2.5 5" />
      <path d="M10 10h5" />
      <path d="M7.5 11.2a5.5 5.5 0 1 0 7.8 6" />
    </svg>
  );
}

export function ClockIcon({ className = "size-3.5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" aria-hidden="true" className={className}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </svg>
  );
}
