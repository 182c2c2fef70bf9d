/**
 * Named scenarios: common features and the answers that walk them through the decision graph.
 * Slugs are stable URLs (/scenarios/<slug>/); renaming one needs a redirect entry.
 */
export const scenarios = [
  {
    slug: 'dashboard-page-with-user-data',
    title: 'A dashboard page showing the user’s data',
    description: 'The signed-in user opens their dashboard and sees their projects.',
    answers: ['app-router', 'page-needs-data'],
  },
  {
    slug: 'settings-form',
    title: 'A settings form inside the app',
    description: 'The user edits their display name and email on a settings page.',
    answers: ['app-router', 'our-interface-changes-data', 'only-this-interface'],
  },
  {
    slug: 'admin-table-delete',
    title: 'Deleting a row in an admin table',
    description: 'An admin clicks “Delete” on one row of a table of users.',
    answers: ['app-router', 'our-interface-changes-data', 'only-this-interface'],
  },
  {
    slug: 'stripe-webhook',
    title: 'A Stripe webhook',
    description: 'Stripe tells us that a payment succeeded, and we mark the invoice as paid.',
    answers: ['app-router', 'another-system-calls-us', 'a-service-notifies-us', 'only-the-webhook'],
  },
  {
    slug: 'mobile-app-endpoint',
    title: 'An endpoint for a mobile app',
    description: 'Our iOS app saves a place the user visited.',
    answers: ['app-router', 'another-system-calls-us', 'another-app-of-ours', 'only-that-client'],
  },
  {
    slug: 'csv-export',
    title: 'A CSV export',
    description: 'The user downloads their projects as a spreadsheet file.',
    answers: ['app-router', 'url-returns-a-file-or-feed'],
  },
  {
    slug: 'rss-feed',
    title: 'An RSS feed',
    description: 'Feed readers subscribe to our changelog at /feed.xml.',
    answers: ['app-router', 'url-returns-a-file-or-feed'],
  },
  {
    slug: 'browser-extension-update',
    title: 'A browser extension that writes data',
    description: 'Our extension saves an audit of the page the user is on to their account.',
    answers: ['app-router', 'another-system-calls-us', 'another-app-of-ours', 'only-that-client'],
  },
  {
    slug: 'server-component-data',
    title: 'Data a Server Component needs',
    description: 'A page component needs the list of projects to render.',
    answers: ['app-router', 'page-needs-data'],
  },
  {
    slug: 'shared-business-logic',
    title: 'A rule shared by several entry points',
    description: 'The same “archive a project” rule is reached from the dashboard, the mobile app and a job.',
    answers: ['app-router', 'our-interface-changes-data', 'other-callers-too'],
  },
  {
    slug: 'contact-form',
    title: 'A contact form',
    description: 'A visitor sends us a message from the contact page.',
    answers: ['app-router', 'our-interface-changes-data', 'only-this-interface'],
  },
  {
    slug: 'archive-project',
    title: 'Changing a project’s status from the dashboard',
    description: 'The owner moves a project from Draft to Active to Archived with a button.',
    answers: ['app-router', 'our-interface-changes-data', 'only-this-interface'],
  },
  {
    slug: 'archive-project-with-mobile-app',
    title: 'Archiving a project from the dashboard and the mobile app',
    description: 'The same status change now also comes from our mobile app.',
    answers: ['app-router', 'our-interface-changes-data', 'other-callers-too'],
  },
  {
    slug: 'search-suggestions',
    title: 'Search suggestions while typing',
    description: 'The search box suggests matching projects as the user types.',
    answers: ['app-router', 'browser-fetches-after-load'],
  },
  {
    slug: 'infinite-scroll',
    title: 'Infinite scroll',
    description: 'More items load as the user scrolls to the end of the list.',
    answers: ['app-router', 'browser-fetches-after-load'],
  },
  {
    slug: 'polling-status',
    title: 'Polling a job’s status',
    description: 'The page checks every few seconds whether an import has finished.',
    answers: ['app-router', 'browser-fetches-after-load'],
  },
  {
    slug: 'pages-router-endpoint',
    title: 'An endpoint in a Pages Router app',
    description: 'Our mobile app needs an endpoint, and the project still uses the pages/ folder.',
    answers: ['pages-router', 'another-system-calls-us', 'another-app-or-partner'],
  },
  {
    slug: 'pages-router-stripe-webhook',
    title: 'A Stripe webhook in a Pages Router app',
    description: 'Stripe notifies a project that still uses the pages/ folder.',
    answers: ['pages-router', 'another-system-calls-us', 'a-service-notifies-us'],
  },
] as const
