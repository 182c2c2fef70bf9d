import type { FeatureName } from '../feature-name'
import type { Slot, TemplatePart } from './template-parts'

function slotText(slot: Slot, name: FeatureName): string {
  if (slot.form === 'Words') {
    const words = name.words[slot.number]
    return words.charAt(0).toUpperCase() + words.slice(1)
  }
  return name[slot.form][slot.number]
}

/** The template with the reader's feature name in every slot. */
export function fillTemplate(parts: readonly TemplatePart[], name: FeatureName): string {
  return parts.map((part) => (typeof part === 'string' ? part : slotText(part, name))).join('')
}
