import Link from 'next/link'
import type { ReactNode } from 'react'
import wizardStyles from '../wizard/Wizard.module.css'

/** A link in running text: a site path goes through next/link, any other address is a plain <a>. */
export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return href.startsWith('/') ? (
    <Link href={href} className="nb-link">
      {children}
    </Link>
  ) : (
    <a href={href} className="nb-link">
      {children}
    </a>
  )
}

/** "Read next": guide articles and docs pages, one link a line. */
export function ReadNextList({ links }: { links: ReadonlyArray<{ title: string; href: string }> }) {
  return (
    <ul className={wizardStyles.linkList}>
      {links.map((link) => (
        <li key={link.href}>
          <TextLink href={link.href}>{link.title}</TextLink>
        </li>
      ))}
    </ul>
  )
}
