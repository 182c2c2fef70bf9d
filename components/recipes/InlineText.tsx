import Link from 'next/link'
import type { InlinePart } from '../../lib/recipes/inline-text'

/** A recipe text: plain words, inline code and links, as parsed at build time. */
export function InlineText({ parts }: { parts: InlinePart[] }) {
  return parts.map((part, index) => {
    if (part.kind === 'code') return <code key={index}>{part.text}</code>
    if (part.kind === 'text') return part.text
    return part.href.startsWith('/') ? (
      <Link key={index} href={part.href} className="nb-link">
        {part.text}
      </Link>
    ) : (
      <a key={index} href={part.href} className="nb-link">
        {part.text}
      </a>
    )
  })
}
