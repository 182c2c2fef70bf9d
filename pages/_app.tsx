import type { AppProps } from 'next/app'
import { Suspense } from 'react'
import { HydrationMark, useReadySignal } from '../components/site/use-hydration-signal'
import '../components/site/site.css'

/**
 * The page sits in a Suspense boundary, and its article in another (ArticleBoundary, the theme's
 * `main`): React commits this shell at once and hydrates the rest in small slices without blocking
 * the page, and a press on a part not hydrated yet hydrates that part first. See
 * lib/hydration-signal.ts.
 */
export default function App({ Component, pageProps }: AppProps) {
  useReadySignal()
  return (
    <Suspense>
      <Component {...pageProps} />
      <HydrationMark part="chrome" />
    </Suspense>
  )
}
