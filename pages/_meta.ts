export default {
  index: { title: 'Home', theme: { toc: false, breadcrumb: false } },
  guide: 'Guide',
  decide: 'Decide',
  scenarios: 'Scenarios',
  patterns: 'Patterns',
  '404': { display: 'hidden', theme: { layout: 'full', toc: false, sidebar: false, pagination: false } },
}
