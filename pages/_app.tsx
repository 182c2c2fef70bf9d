import type { AppProps } from 'next/app'
import { Activity } from 'react'
import { HydrationMark, useReadySignal } from '../components/site/use-hydration-signal'
import '../components/site/site.css'

/**
 * The page sits in an Activity boundary, and its article in another (ArticleBoundary, the theme's
 * `main`): React commits this shell at once and hydrates the rest in small slices without blocking
 * the page, and a press on a part not hydrated yet hydrates that part first. (Activity rather than
 * Suspense: React's server renderer moves a large Suspense boundary's HTML to the end of the page
 * and reveals it with a script, which would delay the first paint.) See lib/hydration-signal.ts.
 */
export default function App({ Component, pageProps }: AppProps) {
  useReadySignal()
  return (
    <Activity>
      <Component {...pageProps} />
      <HydrationMark part="chrome" />
    </Activity>
  )
}
