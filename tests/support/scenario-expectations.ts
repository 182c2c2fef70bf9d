/** The fixed table from the wizard issue: what each scenario's answer must and must not include. */
export const scenarioExpectations: Record<string, { include: string[]; exclude: string[] }> = {
  'dashboard-page-with-user-data': {
    include: ['server-component'],
    exclude: ['route-handler', 'server-action'],
  },
  'settings-form': { include: ['server-action'], exclude: ['route-handler'] },
  'admin-table-delete': { include: ['server-action'], exclude: ['route-handler'] },
  'stripe-webhook': { include: ['route-handler'], exclude: ['server-action'] },
  'mobile-app-endpoint': { include: ['route-handler'], exclude: ['server-action'] },
  'csv-export': { include: ['route-handler'], exclude: ['server-action'] },
  'rss-feed': { include: ['route-handler'], exclude: ['server-action'] },
  'browser-extension-update': { include: ['route-handler'], exclude: ['server-action'] },
  'server-component-data': { include: ['server-component'], exclude: ['route-handler'] },
  'shared-business-logic': { include: ['service'], exclude: [] },
  'contact-form': { include: ['server-action'], exclude: ['route-handler'] },
  'archive-project': { include: ['server-action'], exclude: ['route-handler'] },
  'archive-project-with-mobile-app': { include: ['service', 'server-action', 'route-handler'], exclude: [] },
  'search-suggestions': { include: ['route-handler'], exclude: [] },
  'infinite-scroll': { include: ['route-handler'], exclude: [] },
  'polling-status': { include: ['route-handler'], exclude: [] },
  'pages-router-endpoint': { include: ['api-route'], exclude: ['route-handler', 'server-action'] },
  'pages-router-stripe-webhook': { include: ['api-route'], exclude: ['route-handler'] },
}
