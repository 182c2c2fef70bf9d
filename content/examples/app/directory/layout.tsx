import type { ReactNode } from 'react'
import { Providers } from './providers'

// Only the pages under /directory pay for the query library.
export default function DirectoryLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>
}
