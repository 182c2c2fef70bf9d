import { capitalise, type FeatureName } from '../result-tools/feature-name'
import type { Slot, TemplatePart } from './template-parts'

function slotText(slot: Slot, name: FeatureName): string {
  if (slot.form === 'Words') return capitalise(name.words[slot.number])
  return name[slot.form][slot.number]
}

/** The template with the reader's feature name in every slot. */
export function fillTemplate(parts: readonly TemplatePart[], name: FeatureName): string {
  return parts.map((part) => (typeof part === 'string' ? part : slotText(part, name))).join('')
}
