export default {
  index: { title: 'Home', theme: { toc: false, breadcrumb: false } },
  guide: 'Guide',
  // The wizard is one dynamic page; the sidebar links to its first step.
  decide: { display: 'hidden', theme: { toc: false, pagination: false } },
  'decide-link': { title: 'Decide', href: '/decide/' },
  'decision-map': { title: 'Decision map', theme: { layout: 'full', toc: false, pagination: false } },
  scenarios: 'Scenarios',
  patterns: 'Patterns',
  plan: { title: 'Plan a feature', theme: { toc: false } },
  migrate: { title: 'Migrate pages/api', theme: { toc: false } },
  '404': { display: 'hidden', theme: { layout: 'full', toc: false, sidebar: false, pagination: false } },
}
