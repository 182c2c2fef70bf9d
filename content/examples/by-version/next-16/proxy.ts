import type { NextRequest } from 'next/server'
import { requireSessionCookie } from '@/features/access/optimistic-check'

// Next.js 16: proxy.ts at the root of the app, beside app/, exporting `proxy`.
export function proxy(request: NextRequest) {
  return requireSessionCookie(request)
}

export const config = {
  // Only the members' section. /auth/ (sign-in and its callback), the webhooks and /_next/ stay
  // outside, so a browser coming back from the provider is never sent to sign in again.
  matcher: ['/members/:path*'],
}
