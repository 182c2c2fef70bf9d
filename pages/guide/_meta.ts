export default {
  index: 'The four boundaries',
  'boundary-question': 'The boundary question',
  'server-components': 'Server Components for reads',
  'server-actions': 'Server Actions',
  'route-handlers': 'Route Handlers',
  services: 'Services',
  'pages-router': 'Pages Router and pages/api',
  'migrating-from-pages-api': 'Migrating from pages/api',
  'costs-of-the-wrong-boundary': 'Costs of the wrong boundary',
  'security-checklist': 'Security checklist',
  faq: 'FAQ',
  cheatsheet: 'Decision table',
}
