import type { ComponentProps } from 'react'

/**
 * MDX tables scroll sideways on narrow screens. The scrolling box is a labelled, focusable region
 * so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollableTable({ className, ...props }: ComponentProps<'table'>) {
  return (
    <div className="nb-table-scroll nextra-scrollbar" role="region" aria-label="Table" tabIndex={0}>
      <table className={['nb-table', className].filter(Boolean).join(' ')} {...props} />
    </div>
  )
}
