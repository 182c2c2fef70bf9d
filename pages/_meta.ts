export default {
  index: { title: 'Home', theme: { toc: false, breadcrumb: false } },
  guide: 'Guide',
  // The wizard is one dynamic page; its folder holds one sidebar entry, "Decide", shown here, which
  // links to the first step and is marked on every step (scripts/build/wizard-page-map.mjs).
  decide: { display: 'children' },
  'decision-map': { title: 'Decision map', theme: { layout: 'full', toc: false, pagination: false } },
  recipes: 'Recipes',
  errors: 'Fix an error',
  scenarios: 'Scenarios',
  patterns: 'Patterns',
  plan: { title: 'Plan a feature', theme: { toc: false } },
  migrate: { title: 'Migrate pages/api', theme: { toc: false } },
  '404': { display: 'hidden', theme: { layout: 'full', toc: false, sidebar: false, pagination: false } },
}
