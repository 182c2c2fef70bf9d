import { capitalise, type FeatureName } from '../result-tools/feature-name'
import { isProseSlot, type Slot, type TemplatePart } from './template-parts'

function slotText(slot: Slot, name: FeatureName): string {
  if (slot.form === 'Words') return capitalise(name.words[slot.number])
  return name[slot.form][slot.number]
}

// "a"/"an" before a slot in prose, which the name may need the other way round
// ("an answer" → "a team invite").
const article = /(^|[^A-Za-z])(a|an|A|An) $/

/** The template with the reader's feature name in every slot, and "a" or "an" before it as it needs. */
export function fillTemplate(parts: readonly TemplatePart[], name: FeatureName): string {
  let text = ''
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part
      continue
    }
    const filled = slotText(part, name)
    if (isProseSlot(part) && article.test(text)) {
      text = text.replace(article, (_match, start: string, given: string) => {
        const an = /^[aeiou]/i.test(filled)
        const word = an ? 'an' : 'a'
        return `${start}${given.startsWith('A') ? capitalise(word) : word} `
      })
    }
    text += filled
  }
  return text
}
