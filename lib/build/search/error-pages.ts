import { errorHref } from '../../errors/error-href'
import type { ErrorEntry } from '../../errors/error-schema'
import type { SearchPage } from '../../search/search-index'

// Inline markup of the texts (`code`, [text](href)) searched as its words.
const plain = (text: string) => text.replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')

/**
 * Each error page: its title, the exact messages (placeholders replaced by what they stand for, so
 * a pasted message with the reader's own values still shares its words) and the readers' words, then
 * when it happens, why and the fix, under the page's anchors.
 */
export function errorPages(entries: readonly ErrorEntry[]): SearchPage[] {
  return entries.map((entry) => ({
    kind: 'error',
    url: errorHref(entry.slug),
    title: entry.title,
    sections: [
      {
        heading: '',
        anchor: '',
        text: [entry.description, entry.readersWords.join(', ') + '.'].join(' '),
      },
      {
        heading: 'The message',
        anchor: 'the-message',
        // What each placeholder stands for holds typical values (1 MB, 127.0.0.1:3000), which a
        // pasted message has in their place.
        text: [
          ...entry.messages.map((message) => message.text.replace(/\{[^}]+\}/g, ' ')),
          ...Object.values(entry.placeholders),
        ].join(' '),
      },
      { heading: 'When it happens', anchor: 'when-it-happens', text: plain(entry.when.join(' ')) },
      { heading: 'Why', anchor: 'why', text: plain(entry.cause.join(' ')) },
      { heading: 'The fix', anchor: 'the-fix', text: plain(entry.fix.join(' ')) },
    ],
  }))
}
