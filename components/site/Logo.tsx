/** The project mark: two stacked blocks with a line between them, the "boundary". */
export function Logo() {
  return (
    <span className="nb-logo">
      <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="3" y="3" width="18" height="7" rx="2" fill="currentColor" opacity="0.35" />
        <rect x="3" y="14" width="18" height="7" rx="2" fill="currentColor" />
        <line x1="1" y1="12" x2="23" y2="12" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2 2" />
      </svg>
      <span className="nb-logo-name">Next Boundaries</span>
    </span>
  )
}
