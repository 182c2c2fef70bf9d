import Link from 'next/link'
import { boundaries, type BoundaryId } from '../../content/boundaries'
import styles from './Home.module.css'

type Card = { id: BoundaryId; reachFor: string; file: string; example: string }

const cards: Card[] = [
  {
    id: 'server-component',
    reachFor: 'a page needs data for its first render.',
    file: 'app/dashboard/page.tsx',
    example: 'The page reads its data on the server. No endpoint, no loading spinner.',
  },
  {
    id: 'server-action',
    reachFor: 'your own interface changes data.',
    file: "actions.ts with 'use server'",
    example: 'A settings form, a status button, a delete in an admin table.',
  },
  {
    id: 'route-handler',
    reachFor: 'something outside your React tree needs a URL.',
    file: 'app/api/…/route.ts',
    example: 'A payment webhook, a mobile app, a CSV export, an RSS feed.',
  },
  {
    id: 'service',
    reachFor: 'several entry points need the same rule.',
    file: 'features/…/service.ts',
    example: 'The rule is written once; each action and handler calls it.',
  },
]

/** The four App Router boundaries as cards: what each is for, the file it lives in, an example. */
export function BoundaryCards() {
  return (
    <ul className={styles.cards}>
      {cards.map((card) => {
        const boundary = boundaries[card.id]
        return (
          <li key={card.id} className={styles.card} data-boundary-card={card.id}>
            <h3 className={styles.cardTitle}>
              <Link href={boundary.article} className="nb-link">
                {boundary.name}
              </Link>
            </h3>
            <p className={styles.reach}>
              <strong>Reach for it when</strong> {card.reachFor}
            </p>
            <p className={styles.example}>{card.example}</p>
            <code className={styles.file}>{card.file}</code>
          </li>
        )
      })}
    </ul>
  )
}
