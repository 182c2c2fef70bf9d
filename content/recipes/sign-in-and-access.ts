import type { RecipeInput } from '../../lib/recipes/recipe-schema'

/**
 * A sign-in callback from another site, and access control across entry points. Each trap's quoted
 * message is checked: Next.js text in both installed versions (lib/recipes/trap-messages.test.ts),
 * the app's own text under `next start` (tests/example-app/sign-in-and-access.ts).
 */

const guide = {
  routeHandlers: { title: 'Route Handlers for anything with a URL', href: '/guide/route-handlers/' },
  proxy: { title: 'Proxy: checks before a route runs', href: '/guide/proxy/' },
  proxyTrap: {
    title: 'Proxy: the trap, proxy is never the only check',
    href: '/guide/proxy/#the-trap-proxy-is-never-the-only-check',
  },
  fromMiddleware: {
    title: 'Proxy: coming from middleware.ts',
    href: '/guide/proxy/#coming-from-middlewarets',
  },
  sessionCookie: {
    title: 'Security checklist: routes that read the session cookie',
    href: '/guide/security-checklist/#routes-that-read-the-session-cookie',
  },
  serverActions: {
    title: 'Security checklist: Server Actions',
    href: '/guide/security-checklist/#server-actions',
  },
}

const docs = {
  routeCookies: {
    title: 'route.ts: cookies (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route#cookies',
  },
  settingCookies: {
    title: 'Authentication: setting cookies, recommended options (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/authentication#3-setting-cookies-recommended-options',
  },
  cookies: {
    title: 'cookies: setting a cookie (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/functions/cookies#setting-a-cookie',
  },
  matcher: {
    title: 'proxy.ts: matcher (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/proxy#matcher',
  },
  executionOrder: {
    title: 'proxy.ts: execution order (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/proxy#execution-order',
  },
  migration: {
    title: 'proxy.ts: migration to Proxy (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/proxy#migration-to-proxy',
  },
  optimistic: {
    title: 'Authentication: optimistic checks with Proxy (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/authentication#optimistic-checks-with-proxy-optional',
  },
  layouts: {
    title: 'Authentication: layouts and auth checks (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/authentication#layouts-and-auth-checks',
  },
  dataSecurity: {
    title: 'Data security: authentication and authorization (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/data-security#authentication-and-authorization',
  },
}

/** What the callback answers when no sign-in cookie came back with the browser. */
export const noPendingSignIn = 'No sign-in was started in this browser, or it expired. Sign in again.'

/** What the callback answers when the provider refuses the code, for one used before, say. */
export const codeRefused = 'The identity provider did not accept the code (invalid_grant). Sign in again.'

export const signInAndAccessRecipes: RecipeInput[] = [
  {
    slug: 'sign-in-callback',
    title: 'The browser comes back from a sign-in provider',
    summary:
      '“Sign in with …” sends the reader to an identity provider, which sends their browser back to our callback URL with a code.',
    description:
      'Two GET Route Handlers for an OAuth 2 / OpenID sign-in: the start stores state and a PKCE verifier in a short-lived cookie, the callback checks the state, exchanges the code and sets the session cookie on its redirect.',
    group: 'browser-returns-from-elsewhere',
    outcomes: ['route-handler-for-callback'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'Your sign-in button sends the reader to an identity provider: Google, GitHub, Microsoft, your company’s login, or an auth service. When they have signed in there, the provider sends their browser back to a URL you registered with it, with a one-time code and the state you sent. That return is an ordinary GET navigation that starts on another site.',
      'Only a Route Handler fits. The provider needs an address, so a Server Action cannot receive it, and a page cannot set a cookie while it renders. Two handlers do the work: /auth/sign-in remembers a random state and a PKCE verifier in a short-lived HttpOnly cookie and sends the browser to the provider; /auth/callback checks that the state came back unchanged to the same browser, exchanges the code for tokens from your server, creates the session and returns a redirect that carries the session cookie.',
      'If the provider calls your server rather than sending the reader’s browser (a payment that succeeded, a user deleted on the provider’s side), that is a webhook: see /recipes/signed-webhook/. Once the reader is signed in, who may open which pages and run which actions is /recipes/protect-pages-and-actions/.',
    ],
    featureWord: null,
    files: [
      {
        path: 'app/auth/sign-in/route.ts',
        role: 'starts the sign-in: state and verifier in a cookie, then off to the provider',
      },
      {
        path: 'app/auth/callback/route.ts',
        role: 'where the browser comes back: state, code exchange, session cookie on the redirect',
      },
      {
        path: 'features/sign-in/identity-provider.ts',
        role: 'the provider’s endpoints and the server-to-server code exchange',
      },
      {
        path: 'features/sign-in/pending-sign-in.ts',
        role: 'the short-lived cookie that carries the state and the verifier',
      },
      { path: 'features/sign-in/return-to.ts', role: 'keeps the page to return to on this site' },
      { path: 'lib/site-origin.ts', role: 'the origin the callback URL and the redirects are built on' },
    ],
    code: [
      {
        file: 'app/auth/sign-in/route.ts',
        role: 'The start: a fresh state and PKCE verifier, kept in an HttpOnly cookie for ten minutes; only the challenge goes to the provider.',
      },
      {
        file: 'app/auth/callback/route.ts',
        role: 'The callback: refuse a state that does not match, exchange the code, then set the session cookie on the redirect this handler returns.',
      },
      {
        file: 'features/sign-in/identity-provider.ts',
        role: 'Where the provider is, and the code exchange: a form post from your server with the client secret and the verifier.',
      },
      {
        file: 'features/sign-in/pending-sign-in.ts',
        role: 'The pending sign-in cookie: scoped to /auth, SameSite=Lax so it comes back with the provider’s redirect.',
      },
      {
        file: 'features/sign-in/return-to.ts',
        role: 'The return address: a path of this site, or the default page.',
      },
      {
        file: 'lib/site-origin.ts',
        role: 'The site’s own origin for absolute addresses: configured in production, else the host the browser used.',
      },
    ],
    runTargets: [],
    checklist: [
      'Create a new random state (and a PKCE verifier) for every sign-in, and keep them in an HttpOnly, Secure cookie with SameSite=Lax, a narrow path and a max-age of minutes.',
      'Refuse the callback with 400 when the state is missing or differs from the cookie’s: the sign-in was not started in this browser.',
      'Exchange the code from your server with the client secret and the verifier, at the provider’s fixed address (IDENTITY_ISSUER here), never one built from the request’s Host or X-Forwarded-Host; never send the secret or the verifier to the browser.',
      'Treat a refused exchange as a failed sign-in: a code works once, so a replayed callback gets no session.',
      'Set the session cookie HttpOnly, Secure, SameSite=Lax, with path=/ and a max-age, on the redirect response the handler returns, and clear the sign-in cookie on the same response.',
      'Redirect only to a path of your own site: a returnTo that names another site, or //host, lands on the default page.',
      'Register the exact callback URL with the provider, and build it and your redirects on the site’s configured origin (APP_ORIGIN here), so the browser returns to the host its cookies belong to.',
      'Keep /auth/ out of the proxy’s matcher, and send Cache-Control: no-store on both handlers.',
    ],
    traps: [
      {
        symptom:
          'Every sign-in ends on the callback with an error, although the provider showed the reader as signed in.',
        message: noPendingSignIn,
        source: 'app',
        cause:
          'The cookie that holds the state was set with SameSite=Strict. The provider sends the browser back with a navigation that starts on its own site, and a browser does not send a Strict cookie with it, so the callback finds no sign-in to finish.',
        fix: 'Set the state cookie (and the session cookie) with SameSite=Lax: a Lax cookie travels with a top-level GET navigation from another site and with nothing else cross-site. Keep it HttpOnly, scoped to /auth and short-lived.',
      },
      {
        symptom:
          'The callback written as a page (app/auth/callback/page.tsx) throws as soon as it tries to store the session.',
        message:
          'Cookies can only be modified in a Server Action or Route Handler. Read more: https://nextjs.org/docs/app/api-reference/functions/cookies#options',
        source: 'next',
        cause:
          'A page renders: it can read cookies but not set them, since its HTML may already be streaming to the browser.',
        fix: 'Make the callback a Route Handler (app/auth/callback/route.ts) and set the cookie on the redirect it returns: response.cookies.set(…) on NextResponse.redirect(…).',
      },
      {
        symptom:
          'After signing in, a link in a phishing mail sends the reader on to a look-alike site, straight from your domain.',
        cause:
          'The callback redirected to the returnTo address it was given. https://evil.example, //evil.example and /\\evil.example all leave your site once a browser resolves them.',
        fix: 'Accept only a path of your own site: resolve it against your origin, check that the origin is still yours, and fall back to a default page. Check it when the sign-in starts and again in the callback.',
      },
      {
        symptom:
          'The browser comes back from the provider and lands on the sign-in page again, or stops with a “too many redirects” page.',
        cause:
          'The proxy’s matcher covers /auth/callback (a pattern such as /((?!_next).*) covers everything). The returning browser has no session cookie yet, so the proxy sends it to sign in before the callback can create one.',
        fix: 'Name only the protected section in the matcher (/members/:path*), or exclude /auth/ from a broad pattern. The callback does its own checks.',
      },
    ],
    readNext: [
      guide.routeHandlers,
      guide.sessionCookie,
      guide.proxy,
      docs.routeCookies,
      docs.settingCookies,
      docs.cookies,
    ],
    searchWords: [
      'OAuth',
      'OpenID',
      'OIDC',
      'callback',
      'redirect URI',
      'sign in with Google',
      'social login',
      'SSO',
      'state',
      'PKCE',
      'code exchange',
      'login',
      'session cookie',
      'returnTo',
      'open redirect',
    ],
  },
  {
    slug: 'protect-pages-and-actions',
    title: 'Signed-in pages and admin-only actions',
    summary:
      'A members’ area sends signed-out visitors to sign in, and only admins may see or change some of it.',
    description:
      'The proxy (middleware on Next.js 15) as an optimistic first check with a narrow matcher, then data functions and Server Actions that verify the session and the role themselves.',
    group: 'access-control',
    outcomes: ['proxy-then-checks-at-the-data'],
    boundaries: ['middleware', 'service', 'server-action'],
    whenThisFits: [
      'A part of your app is for signed-in people only: a members’ area, a dashboard, an admin section. Signed-out visitors should land on the sign-in page, and some pages and buttons are for admins alone.',
      'The proxy file (proxy.ts on Next.js 16, middleware.ts on 15) runs before the pages its matcher names, so it is the place to send a visitor without any session cookie to sign in before a page renders. It is only a first, optimistic check: it sees that a cookie is there, not whose it is. The real checks sit next to the data: a data function verifies the session and the role before it returns a row, and each Server Action checks again, because an action is a POST that can be sent to any page that uses it, and no layout runs for it.',
      'A layout’s check protects less than it seems: a layout does not render again when the reader moves between the pages under it, and it does not stop those pages from rendering. For the sign-in itself, see /recipes/sign-in-callback/. A single form whose action checks a role is /recipes/role-checked-action/.',
    ],
    featureWord: null,
    files: [
      {
        path: 'by-version/next-16/proxy.ts',
        role: 'proxy.ts at the app root on Next.js 16: the matcher names the members’ section',
      },
      {
        path: 'by-version/next-15/middleware.ts',
        role: 'middleware.ts at the app root on Next.js 15: the same check and matcher',
      },
      {
        path: 'features/access/optimistic-check.ts',
        role: 'the first check both files run: no session cookie, so off to sign in',
      },
      {
        path: 'features/members/members-data.ts',
        role: 'the data functions: session and role verified before any row is returned',
      },
      { path: 'app/members/layout.tsx', role: 'shows who is signed in, and is not the check' },
      {
        path: 'app/members/roles/actions.ts',
        role: 'the Server Action: checks the session and the role itself, on every call',
      },
    ],
    code: [
      {
        file: 'by-version/next-16/proxy.ts',
        role: 'On Next.js 16: proxy.ts, exporting proxy, with a matcher that names only the section.',
      },
      {
        file: 'by-version/next-15/middleware.ts',
        role: 'On Next.js 15: the same file as middleware.ts, exporting middleware. Next.js 16 still runs it, with a deprecation warning, and refuses to build with both files.',
      },
      {
        file: 'features/access/optimistic-check.ts',
        role: 'The check itself, shared by both files: a redirect to sign in when there is no session cookie, and nothing more.',
      },
      {
        file: 'features/members/members-data.ts',
        role: 'The checks next to the data: every function verifies the session, and the role where it matters, before it returns rows.',
      },
      {
        file: 'app/members/layout.tsx',
        role: 'The section’s layout reads the user to show their name; it is not where access is decided.',
      },
      {
        file: 'app/members/roles/actions.ts',
        role: 'The action checks again: a member who replays an admin’s POST gets 403, a forged cookie 401.',
      },
    ],
    runTargets: ['change-role'],
    checklist: [
      'Let the proxy only redirect a visitor without a session cookie to sign in, with the page to come back to; it reads no database and decides nothing about roles.',
      'Write a matcher that names the protected section (/members/:path*) and nothing else: the sign-in routes, their callback, webhooks, /_next/ and public files stay outside.',
      'Verify the session and the role in the data function, before it returns rows, so every page and layout that calls it is covered; send a cookie that names no session to sign in again.',
      'Check the session and the role again in each Server Action, and answer with a message: an action is a POST that can reach any page that uses it, with any cookie.',
      'Show or hide buttons by role for the reader’s sake only; the action refuses a member either way.',
      'On Next.js 16 name the file proxy.ts and its function proxy; keep only one of proxy.ts and middleware.ts.',
    ],
    traps: [
      {
        symptom:
          'A member opens an admin page by typing its address, or a script posts to an admin action, and it works, although the admin layout checks the role.',
        cause:
          'A layout does not render again when the reader moves between the pages under it, does not stop those pages from rendering, and does not run at all for a Server Action posted to one of them.',
        fix: 'Check in the data function that reads the rows and in each Server Action, where the data is read and changed. The layout may read the user to show a name.',
      },
      {
        symptom:
          'The members’ pages load without their styles and scripts, or the sign-in provider’s return and the webhooks start getting redirects.',
        cause:
          'The matcher covers more than the section: without a matcher, or with a broad pattern, the proxy also runs for /_next/static, the callback and the webhook routes, none of which carry a session cookie.',
        fix: 'Name the protected paths (/members/:path*). If you must use a broad pattern, exclude _next/static, _next/image, /auth/ and /api/webhooks/ in it.',
      },
      {
        symptom:
          'After the upgrade to Next.js 16, next build prints “The "middleware" file convention is deprecated. Please use "proxy" instead.”, and with a new proxy.ts beside the old file the build stops: “Both middleware file "./middleware.ts" and proxy file "./proxy.ts" are detected.”',
        cause:
          'Next.js 16 renamed the convention: it still runs a middleware.ts (on the Edge runtime, its old default), and it refuses a project that has both files.',
        fix: 'Rename the file to proxy.ts and its function to proxy (the codemod npx @next/codemod@canary middleware-to-proxy . does both), and delete middleware.ts. Keep the logic in a module both versions import, as this example does.',
      },
      {
        symptom: 'A stale or forged session cookie gets past the proxy and the page renders for it.',
        cause:
          'The proxy checks only that a cookie is there: reading the session store on every request, prefetches included, would slow every page.',
        fix: 'Let the data function look the session up: listMembers() sends a cookie that names no session to sign in, and the Server Action answers it with 401.',
      },
    ],
    readNext: [
      guide.proxy,
      guide.proxyTrap,
      guide.fromMiddleware,
      guide.serverActions,
      docs.matcher,
      docs.executionOrder,
      docs.optimistic,
      docs.layouts,
      docs.dataSecurity,
      docs.migration,
    ],
    searchWords: [
      'middleware',
      'proxy',
      'auth middleware',
      'protect routes',
      'protected pages',
      'matcher',
      'redirect to login',
      'roles',
      'admin only',
      'authorization',
      'data access layer',
      'DAL',
      'layout auth check',
      'permissions',
    ],
  },
]
