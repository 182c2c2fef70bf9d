import type { AppProps } from 'next/app'
import { useHydrationSignal } from '../components/use-hydration-signal'
import '../components/site.css'

export default function App({ Component, pageProps }: AppProps) {
  useHydrationSignal()
  return <Component {...pageProps} />
}
