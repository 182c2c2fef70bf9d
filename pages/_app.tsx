import type { AppProps } from 'next/app'
import { useHydrationSignal } from '../components/site/use-hydration-signal'
import '../components/site/site.css'

export default function App({ Component, pageProps }: AppProps) {
  useHydrationSignal()
  return <Component {...pageProps} />
}
