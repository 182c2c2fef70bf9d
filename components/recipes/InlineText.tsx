import type { InlinePart } from '../../lib/recipes/inline-text'
import { TextLink } from '../site/TextLink'

/** A recipe text: plain words, inline code and links, as parsed at build time. */
export function InlineText({ parts }: { parts: InlinePart[] }) {
  return parts.map((part, index) => {
    if (part.kind === 'code') return <code key={index}>{part.text}</code>
    if (part.kind === 'text') return part.text
    return (
      <TextLink key={index} href={part.href}>
        {part.text}
      </TextLink>
    )
  })
}
