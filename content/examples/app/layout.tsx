import type { ReactNode } from 'react'

export const metadata = { title: 'Projects (Next Boundaries example)' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav aria-label="Main">
          <a href="/projects">Projects</a> · <a href="/dashboard/projects">Dashboard</a> ·{' '}
          <a href="/settings">Settings</a> · <a href="/search">Search</a> · <a href="/contact">Contact</a>
        </nav>
        <main>{children}</main>
      </body>
    </html>
  )
}
