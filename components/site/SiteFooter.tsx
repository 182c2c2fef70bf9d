import Link from 'next/link'

export function SiteFooter() {
  return (
    <div className="nb-footer">
      <p>
        <strong>Next Boundaries</strong>: which server boundary does this Next.js feature need?
      </p>
      <p>
        <Link href="/guide/" className="nb-link">
          Read the guide
        </Link>{' '}
        ·{' '}
        <Link href="/decide/" className="nb-link">
          Decide for a feature
        </Link>{' '}
        ·{' '}
        <a href="https://nextjs.org/docs" className="nb-link">
          Official Next.js docs
        </a>
      </p>
      <p className="nb-footer-note">
        Independent learning material, not affiliated with Vercel. We collect no data.
      </p>
    </div>
  )
}
