import type { RecipeInput } from '../../lib/recipes/recipe-schema'

/**
 * Recipes for code that something outside our React tree calls by URL: our mobile app, our browser
 * extension, partners, a download link, a feed reader, and the same callers in a Pages Router app
 * (a provider's webhook has its own group: webhooks.ts). Each trap's quoted message is checked:
 * Next.js text in both installed versions (lib/recipes/trap-messages.test.ts), browser and app text
 * under `next start` (tests/example-app/other-callers.ts).
 */

const guide = {
  otherClients: {
    title: 'Route Handlers: other clients, tokens, CORS and contracts',
    href: '/guide/route-handlers/#other-clients-tokens-cors-and-contracts',
  },
  customResponses: {
    title: 'Route Handlers: custom responses',
    href: '/guide/route-handlers/#custom-responses',
  },
  securityCookie: {
    title: 'Security checklist: routes that read the session cookie',
    href: '/guide/security-checklist/#routes-that-read-the-session-cookie',
  },
  pagesRouter: { title: 'The Pages Router and pages/api', href: '/guide/pages-router/' },
  mixingRouters: {
    title: 'Pages Router: mixing the two routers',
    href: '/guide/pages-router/#mixing-the-two-routers',
  },
}

const docs = {
  cors: {
    title: 'route.ts: CORS (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route#cors',
  },
  preflight: {
    title: 'Backend for Frontend: preflight requests (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/backend-for-frontend#preflight-requests',
  },
  protectedResources: {
    title: 'Backend for Frontend: access to protected resources (Next.js docs)',
    href: 'https://nextjs.org/docs/app/guides/backend-for-frontend#access-to-protected-resources',
  },
  caching: {
    title: 'Route Handlers: caching (Next.js docs)',
    href: 'https://nextjs.org/docs/app/getting-started/route-handlers#caching',
  },
  nonUi: {
    title: 'route.ts: non-UI responses (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/route#non-ui-responses',
  },
  apiRoutes: {
    title: 'API Routes: HTTP methods (Next.js docs)',
    href: 'https://nextjs.org/docs/pages/building-your-application/routing/api-routes#http-methods',
  },
  proxyMatcher: {
    title: 'proxy.ts: matcher (Next.js docs)',
    href: 'https://nextjs.org/docs/app/api-reference/file-conventions/proxy#matcher',
  },
}

/** Chromium's console line when a preflight gets no Access-Control-Allow-Origin back. */
export const preflightBlocked =
  "Access to fetch at '{url}' from origin '{origin}' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource."

/** Chromium's console line when a response to a simple request names no allowed origin. */
export const readBlocked =
  "Access to fetch at '{url}' from origin '{origin}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource."

export const otherCallersRecipes: RecipeInput[] = [
  {
    slug: 'mobile-app-endpoint',
    title: 'An endpoint for our mobile app',
    summary: 'Our iOS or Android app saves data through a URL, signed in with a bearer token.',
    description:
      'A Route Handler for a mobile app: a bearer token instead of the session cookie, zod validation, 201 with Location, 401 and 422 answers the app can act on, and a contract ready for a second version.',
    group: 'another-system-calls-us',
    outcomes: ['route-handler-for-other-client'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'The mobile app is a separate program on the user’s phone. It cannot render your components or call a Server Action; it sends HTTP requests and reads JSON. Here it saves a place the user picked on a map: POST /api/mobile/places with a name and coordinates.',
      'A Route Handler gives it a URL and a contract: which fields go in, which status codes come back, what each error body says. The app signs in with a token in the Authorization header, issued to the mobile client; the browser’s session cookie plays no part, so there is no cross-site request to defend against.',
      'If the web interface does the same thing, keep one rule in a service that this handler and a Server Action both call: /recipes/shared-rule/. A browser extension is another client too, but it runs in a browser and needs CORS: /recipes/browser-extension-endpoint/.',
    ],
    featureWord: 'place',
    files: [
      { path: 'app/api/mobile/places/route.ts', role: 'the handler: token, body, 201 with Location' },
      { path: 'lib/auth.ts', role: 'the session for the web, bearer tokens checked per client for apps' },
    ],
    code: [
      {
        file: 'app/api/mobile/places/route.ts',
        role: 'Authenticate the token, parse the body, create the place for the token’s user.',
      },
      {
        file: 'lib/auth.ts',
        role: 'getTokenCaller reads Authorization: Bearer and refuses a token issued to another client.',
      },
    ],
    runTargets: ['mobile-places'],
    checklist: [
      'Authenticate every request with the bearer token, and check which client it was issued to: an extension token gets 401 here.',
      'Answer 401 with WWW-Authenticate: Bearer when the token is missing, unknown or for another client, so the app knows to sign the user in again.',
      'Parse the body with zod: 400 when it is not JSON, 422 with one message per field when a value is wrong, so the app can show each message beside its field.',
      'Take the owner from the token, never from the body.',
      'Answer 201 with the created record and a Location header, so the app can keep the new id.',
      'Decide how a breaking change will ship before the first release. Installed apps update late, so a new shape goes under a new path such as /api/mobile/v2/places while this one keeps answering; until then, only add fields.',
    ],
    traps: [
      {
        symptom:
          'The app calls a Server Action directly, with the Next-Action header copied from the browser. It works until a new build, then every call fails and the server logs:',
        message:
          'Failed to find Server Action {"id"}. This request might be from an older or newer deployment.',
        source: 'next',
        cause:
          'A Server Action is reached through an id that Next.js generates at build time and may change with any build. It has no URL or contract of its own, and nothing keeps it stable for an app that updates weeks later.',
        fix: 'Give the app a Route Handler with a path you choose and keep. If the web interface needs the same rule, put it in a service behind both.',
      },
      {
        symptom:
          'The app gets status 200 with the HTML of the sign-in page, or a 307 to /login, instead of 401, and fails to parse JSON.',
        cause:
          'A proxy.ts (middleware.ts before Next.js 16) that sends signed-out visitors to the sign-in page also matches /api/mobile. It sees no session cookie, because the app sends a token, and redirects.',
        fix: 'Leave API paths out of the redirect with the proxy’s matcher, and let the handler answer 401 in JSON, as this route does.',
      },
      {
        symptom:
          'After a release that renamed a field, everyone still on last month’s app version gets 422 on every save.',
        cause:
          'The server changed the contract at once, but installed apps update on their users’ schedule, some never.',
        fix: 'Only add fields to a published contract. Ship a rename or a removal under a new path (/api/mobile/v2/places) and keep the old one answering until its traffic is gone.',
      },
    ],
    readNext: [
      guide.otherClients,
      { title: 'The external-client pattern', href: '/patterns/external-client/' },
      docs.proxyMatcher,
    ],
    searchWords: [
      'mobile app',
      'iOS',
      'Android',
      'React Native',
      'bearer token',
      'Authorization header',
      'API for app',
      '401',
      '422',
      'versioning',
      'contract',
    ],
  },

  {
    slug: 'browser-extension-endpoint',
    title: 'An API for our browser extension',
    summary: 'Our browser extension saves or reads the user’s data from its popup or background script.',
    description:
      'Route Handlers for a browser extension: CORS for the extension’s one origin, an OPTIONS handler for the preflight, a token issued to the extension, and CORS headers on errors too.',
    group: 'another-system-calls-us',
    outcomes: ['route-handler-for-other-client'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'A browser extension runs inside the browser, on an origin of its own: chrome-extension://<id>. Here it stores an audit of the page the user is looking at (POST /api/extension/audits) and shows who is signed in with which plan (GET /api/extension/account).',
      'It is another client, so like a mobile app it needs URLs and a token. Unlike the app, it is subject to the browser’s CORS rules: before a request that carries an Authorization header or a JSON body, the browser sends a preflight OPTIONS request, and it hands any response to the extension only if the Access-Control-Allow-Origin header names the extension’s origin. So each route.ts exports OPTIONS and puts the same headers on every answer.',
      'A native app has no CORS to answer: /recipes/mobile-app-endpoint/. Data that any site may read, with no token, sends Access-Control-Allow-Origin: * instead: /recipes/public-api/.',
    ],
    featureWord: 'audit',
    files: [
      { path: 'app/api/extension/audits/route.ts', role: 'POST and its preflight: CORS, token, body, 201' },
      {
        path: 'app/api/extension/account/route.ts',
        role: 'GET and its preflight: the signed-in user, never cached',
      },
      { path: 'lib/extension-request.ts', role: 'the origin and token checks every extension route makes' },
      { path: 'lib/cors.ts', role: 'the one allowed origin, its headers, and the answer to a preflight' },
    ],
    code: [
      {
        file: 'app/api/extension/audits/route.ts',
        role: 'OPTIONS answers the preflight; POST checks origin and token, then validates and stores.',
      },
      {
        file: 'app/api/extension/account/route.ts',
        role: 'A read for the popup, private to the user, with the same checks.',
      },
      {
        file: 'lib/extension-request.ts',
        role: 'Both checks in one place: 403 for another origin, 401 with CORS headers for a bad token.',
      },
      {
        file: 'lib/cors.ts',
        role: 'One explicit origin, never *, its headers, and the answer to a preflight.',
      },
    ],
    runTargets: ['extension-audits'],
    checklist: [
      'Allow exactly the extension’s origin (chrome-extension://<id>); any other origin gets 403 and no CORS headers.',
      'Export OPTIONS from every route.ts the extension calls, and answer the preflight with Access-Control-Allow-Origin, -Allow-Methods and -Allow-Headers: Authorization, Content-Type. Access-Control-Max-Age spares a preflight before every call.',
      'Put the CORS headers on every response, errors included, or the extension sees “Failed to fetch” instead of your 401 or 422.',
      'Send Vary: Origin with the CORS headers, because they depend on the Origin header.',
      'Authenticate with a token issued to the extension, not the site’s session cookie; a mobile token gets 401 here.',
      'Validate the body with zod and answer 422 with a message per field.',
      'Mark per-user answers Cache-Control: private, no-store.',
      'Call the API from the extension’s service worker or popup, not from a content script, whose requests carry the web page’s origin.',
    ],
    traps: [
      {
        symptom:
          'The extension’s POST never reaches the handler; Chromium’s console says (for a route.ts with no OPTIONS export):',
        message: preflightBlocked,
        source: 'browser',
        cause:
          'The Authorization header and the JSON body make the browser ask first with OPTIONS. When route.ts exports no OPTIONS, Next.js answers the preflight itself with 204 and an Allow header, but with no Access-Control-* headers, so the browser never sends the POST.',
        fix: 'Export OPTIONS and answer with the CORS headers for the allowed origin, as preflight() in lib/cors.ts does. The example’s next-start check posts from a page on another origin to /api/mobile/places, which has no OPTIONS, and finds this line in Chromium’s console.',
      },
      {
        symptom:
          'A call works from the popup but fails from the content script, with the same preflight error naming the web page’s origin (https://news.example, say) instead of the extension’s.',
        cause:
          'In Chrome, a content script’s requests are made on behalf of the page it runs in, so they carry that page’s origin, which this API refuses with 403.',
        fix: 'Have the content script send a message to the extension’s service worker and make the request there, on the extension’s own origin.',
      },
      {
        symptom: 'The extension shows a network error where it should show “Send an extension token.”:',
        message: 'TypeError: Failed to fetch',
        source: 'browser',
        cause:
          'The 401 (or 422, or 500) went out without Access-Control-Allow-Origin. The browser withholds any cross-origin response that lacks it, whatever its status, so the extension can read neither the status nor the body.',
        fix: 'Build the CORS headers once per request and pass them to every Response, errors included, as checkExtensionRequest does for the 401 and the route does for 400 and 422.',
      },
      {
        symptom: 'The published extension works, but your unpacked development build gets 403:',
        message: 'Origin {origin} may not call this API.',
        source: 'app',
        cause:
          'Chrome gives an unpacked extension an id of its own unless its manifest.json has a key, so the development build runs on another origin than the published one.',
        fix: 'Pin the id with the key field of manifest.json, or allow the development origin as well, in development only.',
      },
    ],
    readNext: [guide.otherClients, docs.cors, docs.preflight],
    searchWords: [
      'browser extension',
      'Chrome extension',
      'CORS',
      'preflight',
      'OPTIONS',
      'Access-Control-Allow-Origin',
      'chrome-extension://',
      'content script',
      'service worker',
      'bearer token',
      'Failed to fetch',
    ],
  },

  {
    slug: 'public-api',
    title: 'A public or partner API',
    summary: 'Partners or other sites read our catalogue as JSON from a documented URL.',
    description:
      'A GET Route Handler that publishes a documented shape, sets Cache-Control on purpose so a CDN carries the load, and lets pages on other sites read it with Access-Control-Allow-Origin: *.',
    group: 'another-system-calls-us',
    outcomes: ['route-handler-for-public-api'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'Other people’s code reads your data: a partner lists your products in their shop, a developer builds on your catalogue, a page on another site fetches your prices in the browser. They code against the URL and the JSON shape you publish, and they expect both to hold.',
      'A Route Handler owns that contract: the path, the fields, the status codes and the cache headers. A GET handler runs on every request unless you opt into caching, so the response itself says who may keep it and for how long; here browsers keep it a minute and a CDN five.',
      'This recipe is for data that is the same for everyone. A page that search engines should index is a page, not JSON: /recipes/public-page-that-ranks/. Your own app’s browser code reading its own data is /recipes/search-suggestions/.',
    ],
    featureWord: 'product',
    files: [
      {
        path: 'app/api/public/products/route.ts',
        role: 'the documented shape and the public GET with cache headers',
      },
    ],
    code: [
      {
        file: 'app/api/public/products/route.ts',
        role: 'The published type, fields mapped by name, and the headers that let caches and other sites use it.',
      },
    ],
    runTargets: ['public-products'],
    checklist: [
      'Publish a documented shape (the PublicProduct type here) and map each field by name, so internal columns never leave the server.',
      'Change the shape only by adding fields; a rename or a removal ships under a new path such as /api/public/v2/products while the old one keeps answering.',
      'Set Cache-Control on purpose: max-age for browsers, s-maxage for the CDN, stale-while-revalidate so a cache answers at once while it fetches a fresh copy.',
      'Cache publicly only answers that are the same for every caller: a cached answer is served without running the handler, so no check inside it applies.',
      'Send Access-Control-Allow-Origin: * so pages on other sites can read it; that is safe because the route reads no cookie and returns nothing private.',
      'Let the CDN and your host’s rate limiting take the load; with s-maxage most requests never reach the handler.',
    ],
    traps: [
      {
        symptom:
          'A partner’s web page cannot read the API, while curl and the partner’s server can. Chromium’s console says:',
        message: readBlocked,
        source: 'browser',
        cause:
          'A browser hands a cross-origin response to a page only when the response allows that page’s origin. Servers and curl do not check.',
        fix: 'Send Access-Control-Allow-Origin: * on a public answer that reads no cookie, as this route does. The example’s next-start check reads /api/public/products from a page on another origin, and finds this line for /feed.xml, which sends no such header.',
      },
      {
        symptom:
          'One partner sees another partner’s prices, or an API key check seems to be skipped now and then.',
        cause:
          'The answer depends on a key or a cookie but says Cache-Control: public with s-maxage. The CDN stores the first answer and serves it to everyone who asks for that URL, without running the handler or its checks.',
        fix: 'Keep public caching for answers that are the same for everyone. Mark anything that depends on the caller private, no-store.',
      },
      {
        symptom: 'Prices changed hours ago and the API still shows the old ones, even after a restart.',
        cause:
          "export const dynamic = 'force-static' renders the GET handler once, at build time, and serves that answer until the next build.",
        fix: 'Leave the handler dynamic and cache with headers, as here. Without Cache Components, export const revalidate = 300 is the other choice: Next.js renders the answer again at most every five minutes.',
      },
      {
        symptom:
          'A column added for internal use, such as a supplier’s cost, shows up in every partner’s copy of the catalogue.',
        cause:
          'The handler returned the stored rows as they are, so the table’s shape was the published shape.',
        fix: 'Map named fields into the documented type, as this route does: a new column stays private until you decide to publish it.',
      },
    ],
    readNext: [guide.otherClients, docs.caching, docs.protectedResources, docs.cors],
    searchWords: [
      'public API',
      'partner API',
      'REST',
      'JSON API',
      'catalogue',
      'Cache-Control',
      's-maxage',
      'CDN',
      'CORS',
      'versioning',
      'API contract',
    ],
  },

  {
    slug: 'csv-export',
    title: 'A CSV export of the user’s own data',
    summary: 'A “Download as CSV” link that gives the signed-in user a spreadsheet of their own records.',
    description:
      'A GET Route Handler that reads the session, exports only the caller’s rows, sets Content-Disposition, neutralises formulas and starts with a byte order mark for Excel.',
    group: 'url-returns-a-file-or-feed',
    outcomes: ['route-handler-for-custom-response'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'The dashboard has a link, Download as CSV. The browser follows it like any link, and what comes back is a file: a name, a content type and the rows. Here each user exports their own projects.',
      'Only an endpoint can answer with a file. A Server Action returns data to React, not a download, and a page renders HTML. A GET Route Handler reads the session cookie that the link sends, filters by the signed-in user and sets the headers that make the browser save a file.',
      'An admin’s export of everyone’s data is the same handler with a role check (403 for anyone who is not an admin) before the query. A feed that readers subscribe to is next door: /recipes/rss-feed/.',
    ],
    files: [
      { path: 'app/api/export/projects/route.ts', role: 'the download: session, the caller’s rows, headers' },
      { path: 'lib/csv.ts', role: 'quoting, formula escaping and the byte order mark' },
    ],
    code: [
      {
        file: 'app/api/export/projects/route.ts',
        role: 'Read the session, export only the caller’s rows, and send them as a file.',
      },
      { file: 'lib/csv.ts', role: 'Cells that spreadsheets open as text, rows ended with CRLF.' },
    ],
    runTargets: ['export-projects'],
    checklist: [
      'Read the session on every request and answer 401 without one: a link is easy to share, the file is not public.',
      'Filter by the user from the session, never by an id in the query string.',
      'Set Content-Type: text/csv; charset=utf-8 and Content-Disposition: attachment with a file name, and link to the route with a plain <a href download>.',
      'Quote a cell that holds a comma, a quote or a line break, and put an apostrophe before a cell that starts with =, +, -, @, a tab or a carriage return, so a spreadsheet shows it as text instead of running it.',
      'Start the file with the UTF-8 byte order mark, or Excel on Windows garbles accented letters.',
      'Send Cache-Control: private, no-store, so no shared cache keeps one user’s file.',
      'Keep it a GET that changes nothing and sends no CORS headers: another site can make a browser download it, but cannot read it.',
    ],
    traps: [
      {
        symptom:
          'The export button calls a Server Action and nothing downloads; at best the CSV text arrives in the component as a string.',
        cause:
          'A Server Action answers React with serialized data. It cannot set Content-Disposition, so the browser never sees a file.',
        fix: 'Link to a GET Route Handler with <a href download>. The browser sends the session cookie with that request, and the headers make the answer a file. The example’s next-start check clicks the dashboard’s link in Chromium and receives projects.csv.',
      },
      {
        symptom: 'Changing a query parameter such as ?owner= in the link exports someone else’s projects.',
        cause: 'The handler took the owner from the URL, which anyone can edit.',
        fix: 'Take the user from the session and ignore the query string, as this route does; the next-start check asks for ?owner=u_grace while signed in as Ada and gets Ada’s rows.',
      },
      {
        symptom:
          'A project named =HYPERLINK("https://evil.example","Open") shows up as a live link in a colleague’s spreadsheet.',
        cause:
          'Spreadsheets treat a cell that starts with =, +, - or @ as a formula, whoever typed it, and a formula can fetch URLs or, in older setups, run commands.',
        fix: 'Escape such cells with a leading apostrophe, as csvCell does; the spreadsheet then shows the text as typed.',
      },
      {
        symptom: 'Excel on Windows shows “CafÃ©” where the app says “Café”.',
        cause:
          'Without a byte order mark, Excel reads a CSV file in the system’s legacy code page, not UTF-8; the charset in Content-Type does not travel with the saved file.',
        fix: 'Write utf8ByteOrderMark (\\uFEFF) before the first row, as this route does. Response.text() in browsers and Node.js drops it when reading, so code that reads the file is unaffected.',
      },
    ],
    readNext: [
      guide.customResponses,
      docs.nonUi,
      { title: 'The custom-response pattern', href: '/patterns/custom-response/' },
    ],
    searchWords: [
      'CSV',
      'export',
      'download',
      'spreadsheet',
      'Excel',
      'Content-Disposition',
      'attachment',
      'file download',
      'CSV injection',
      'formula',
      'byte order mark',
    ],
  },

  {
    slug: 'rss-feed',
    title: 'An RSS feed',
    summary: 'A /feed.xml address that feed readers poll for new items.',
    description:
      'A GET Route Handler at app/feed.xml/route.ts that returns RSS with the right content type, escapes every value, drops characters XML cannot hold and lets caches keep it for five minutes.',
    group: 'url-returns-a-file-or-feed',
    outcomes: ['route-handler-for-custom-response'],
    boundaries: ['route-handler'],
    whenThisFits: [
      'Feed readers and other sites poll one address, /feed.xml, every few minutes and expect XML back. Here the feed lists the projects that are active right now, with their owner and the date they last changed.',
      'A page cannot answer with XML, so it is a Route Handler, in a folder named like the file: app/feed.xml/route.ts serves /feed.xml. It builds the document as a string, escapes every value it inserts and sets Content-Type: application/rss+xml. The feed is public and the same for everyone, so Cache-Control lets readers and a CDN keep it for five minutes.',
      'sitemap.xml and robots.txt have file conventions of their own in Next.js and need no handler. A file for one signed-in user is /recipes/csv-export/; the public page each item links to is /recipes/public-page-that-ranks/.',
    ],
    files: [
      { path: 'app/feed.xml/route.ts', role: 'the feed: RSS 2.0, its content type and cache header' },
      { path: 'lib/xml.ts', role: 'escaping, and dropping characters XML cannot hold' },
    ],
    code: [
      { file: 'app/feed.xml/route.ts', role: 'Build the XML from the active projects, every value escaped.' },
      { file: 'lib/xml.ts', role: 'Markup characters become references; forbidden characters are dropped.' },
    ],
    runTargets: ['feed'],
    checklist: [
      'Put the route in app/feed.xml/route.ts, so the address ends in .xml, and export only GET.',
      'Send Content-Type: application/rss+xml; charset=utf-8, and start the body with the XML declaration, with nothing before it.',
      'Escape every value you insert (<, >, &, quotes) and drop the control characters XML 1.0 cannot hold: one bad character makes the whole feed unreadable.',
      'Write absolute links: a feed is read away from your site, and many readers resolve nothing.',
      'Give each item a guid that never changes, or readers show it as new again.',
      'Name authors with dc:creator: RSS 2.0’s author element must hold an email address, which a public feed should not publish.',
      'Publish only what any reader may see, and let caches keep it: Cache-Control: public, max-age=300.',
    ],
    traps: [
      {
        symptom:
          'The feed worked for months, then readers show an error or stop updating, and a validator points at one item.',
        cause:
          'A name contains a control character, pasted from a terminal or a PDF. XML 1.0 does not allow it, not even written as &#8;, so parsers refuse the whole document.',
        fix: 'Drop those characters while escaping, as escapeXml does. The example’s next-start check creates a project whose name holds markup, quotes and a backspace, activates it, and parses the feed in Chromium.',
      },
      {
        symptom: 'One project called “R&D”, and the whole feed fails to parse.',
        cause:
          'In XML, & starts an entity and < starts a tag, so raw text that contains them is broken markup.',
        fix: 'Pass every inserted value through escapeXml, titles and links alike.',
      },
      {
        symptom: 'Readers refuse the feed. Served as XML, Chromium shows:',
        message:
          'error on line {line} at column {column}: XML declaration allowed only at the start of the document',
        source: 'browser',
        cause:
          'The template literal starts with a line break: the backtick ends one line and <?xml begins the next, so the declaration sits on line 2. Nothing, not even whitespace, may come before it.',
        fix: 'Put <?xml right after the opening backtick, as this route does. The example’s next-start check serves this feed with one line break in front and reads Chromium’s error.',
      },
    ],
    readNext: [
      guide.customResponses,
      docs.nonUi,
      { title: 'The custom-response pattern', href: '/patterns/custom-response/' },
    ],
    searchWords: [
      'RSS',
      'feed',
      'feed.xml',
      'Atom',
      'XML',
      'syndication',
      'podcast',
      'news feed',
      'escaping',
      'Cache-Control',
    ],
  },

  {
    slug: 'pages-api-endpoint',
    title: 'A versioned endpoint in pages/api',
    summary: 'A Pages Router app serves its mobile app, and its own pages, from pages/api.',
    description:
      'An API Route under pages/api/v1 that checks the method itself (405 with Allow), authenticates a bearer token or the session, refuses cross-site posts, and validates with zod.',
    group: 'another-system-calls-us',
    outcomes: ['api-route-for-other-client'],
    boundaries: ['api-route'],
    whenThisFits: [
      'The project still uses the Pages Router, and a mobile app, a script or a partner needs to list and create projects. In the Pages Router every endpoint is a file under pages/api: here pages/api/v1/projects.ts answers GET (the caller’s projects) and POST (a new draft).',
      'One default export answers every method, so the handler checks req.method itself and answers 405 with an Allow header for the rest; a route.ts in the App Router gets that from Next.js. The app sends a bearer token. The same route also serves the site’s own pages with the session cookie, so it refuses posts from other sites: Next.js checks the origin only for Server Actions, which the Pages Router does not have.',
      'The v1 in the path leaves room for a second version, and keeps this file off /api/projects, which the App Router’s route.ts already answers. In an App Router project use /recipes/mobile-app-endpoint/; a provider’s webhook in pages/api needs the raw body: /recipes/pages-api-webhook/.',
    ],
    files: [
      {
        path: 'pages/api/v1/projects.ts',
        role: 'the endpoint: method, cross-site check, caller, then the rule',
      },
      {
        path: 'lib/same-origin.ts',
        role: 'refuses cross-site posts for routes that accept the session cookie',
      },
    ],
    code: [
      {
        file: 'pages/api/v1/projects.ts',
        role: 'Method first, then the cross-site check, then the session or the token, then zod and the service.',
      },
      {
        file: 'lib/same-origin.ts',
        role: 'The CSRF defence Next.js leaves to API Routes: Origin (or Sec-Fetch-Site) and a JSON body.',
      },
    ],
    runTargets: ['pages-v1-projects'],
    checklist: [
      'Check req.method first and answer any other method with 405 and an Allow header naming the ones you handle.',
      'Authenticate the app with a bearer token issued to it, and answer 401 with WWW-Authenticate: Bearer.',
      'Because the route also accepts the session cookie, refuse cross-site posts before reading the body: 403 when Origin (or, without it, Sec-Fetch-Site) names another site, 415 unless the body is JSON.',
      'Validate the query and the body with zod: 400 for a bad filter, 422 with a message per field.',
      'End every path through the handler with a response: res.json, res.send or res.end.',
      'Keep the version in the path (/api/v1/) before the first client ships; a breaking change becomes /api/v2/.',
      'Keep the rules in the queries and the service that the App Router’s entry points call too, so moving the route later changes only the transport.',
    ],
    traps: [
      {
        symptom: 'A DELETE or a PUT to the endpoint does what POST does.',
        cause:
          'A pages/api file has one default export that runs for every method. Unlike a route.ts, Next.js answers no method for you.',
        fix: 'Check req.method first and answer the rest with 405 and Allow: GET, POST, as this handler does; the example’s next-start check sends DELETE and gets exactly that.',
      },
      {
        symptom: 'A plain HTML form on another origin creates projects in a signed-in user’s account.',
        message: 'Origin {origin} is not {host}: only pages of this site may change data.',
        source: 'app',
        cause:
          'The browser sends the session cookie with a form posted from a sibling subdomain (the same site, as far as SameSite=Lax is concerned), or from anywhere when the cookie is SameSite=None. The default body parser turns the form fields into req.body, and Next.js checks the origin only for Server Actions.',
        fix: 'Call refuseCrossSiteMutation before touching the body, as this route does: it answers 403 with this message, and 415 to a body that is not JSON. The example’s next-start check posts such a form with Ada’s cookie and creates nothing.',
      },
      {
        symptom:
          'Code copied from a route.ts returns Response.json(…) from the handler, and next dev stops with:',
        message: 'API route returned a Response object in the Node.js runtime, this is not supported.',
        source: 'next',
        cause:
          'An API Route gets Node.js’s request and response objects. It answers by calling res.status(…).json(…), not by returning a Web Response.',
        fix: 'Send with res.status(code).json(body). The Web Request and Response belong to Route Handlers, where this code can go when the route moves to the App Router.',
      },
      {
        symptom:
          'Adding app/api/projects/route.ts beside pages/api/projects.ts stops next build. Next.js 16 with Turbopack prints “App Router and Pages Router both match path: /api/projects”; webpack prints “Conflicting app and page file was found, please remove the conflicting files to continue:” and the two files.',
        cause: 'One URL can have only one owner: a Route Handler or an API Route, never both.',
        fix: 'Delete the old file in the change that adds the new one, or keep the API Route under its own path, as this example does with /api/v1/projects.',
      },
    ],
    readNext: [guide.pagesRouter, guide.securityCookie, guide.mixingRouters, docs.apiRoutes],
    searchWords: [
      'pages/api',
      'API Route',
      'Pages Router',
      'NextApiRequest',
      'req.method',
      '405',
      'Allow header',
      'bearer token',
      'versioned API',
      'mobile app',
      'CSRF',
    ],
  },
]
