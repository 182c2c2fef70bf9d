import { Head, Html, Main, NextScript } from 'next/document'

export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        {/* Plain HTML outside the React tree: the first Tab stop, working before the page hydrates. */}
        <a href="#nb-content" className="nb-skip-link">
          Skip to content
        </a>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
