export default {
  index: 'All patterns',
  'read-for-render': 'Read data for a page',
  'ui-mutation': 'Change data from your UI',
  webhook: 'Receive a webhook',
  'external-client': 'Serve a mobile app or extension',
  'custom-response': 'Send a file, feed or public JSON',
  'client-driven-fetch': 'Fetch after the page loads',
  'shared-service': 'One rule, several entry points',
  'pages-api': 'Endpoints in pages/api',
}
