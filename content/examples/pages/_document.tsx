import { Head, Html, Main, NextScript } from 'next/document'

// The document of the Pages Router's pages; the App Router's come from app/layout.tsx. It names the
// language and the icon, which app/icon.svg serves at /icon.svg. Browsers sometimes ask for
// /favicon.ico all the same (Chromium did, in the tests, on an App Router page): app/favicon.ico answers.
export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
