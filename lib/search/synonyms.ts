/**
 * Words readers search for, and the words the site uses for the same thing. A query word also finds
 * each of its synonyms (at a lower rank than the word itself). One-way unless listed both ways: a
 * reader asking for "cron" wants the scheduler; one asking for "scheduler" does not want every cron.
 */
export const synonyms: Readonly<Record<string, readonly string[]>> = {
  cron: ['scheduler', 'scheduled', 'timetable'],
  job: ['scheduler', 'background'],
  csrf: ['origin check', 'cross site', 'samesite'],
  xsrf: ['origin check', 'cross site'],
  streaming: ['stream'],
  sse: ['stream', 'server sent events'],
  websocket: ['realtime', 'stream'],
  websockets: ['realtime', 'stream'],
  upload: ['file', 'formdata'],
  download: ['file', 'csv', 'export'],
  spreadsheet: ['csv'],
  excel: ['csv'],
  feed: ['rss'],
  rss: ['feed'],
  xml: ['rss', 'feed'],
  webhook: ['signature'],
  signature: ['webhook'],
  payment: ['stripe', 'webhook'],
  payments: ['stripe', 'webhook'],
  middleware: ['proxy'],
  proxy: ['middleware'],
  endpoint: ['route handler', 'api route'],
  api: ['route handler'],
  rest: ['route handler', 'endpoint'],
  mutation: ['server action'],
  mutate: ['server action'],
  rsc: ['server component'],
  ssr: ['server component', 'getserversideprops'],
  form: ['server action'],
  login: ['session', 'sign in'],
  auth: ['session', 'authorize', 'authenticate'],
  authentication: ['session', 'authenticate'],
  validation: ['zod', 'validate'],
  cors: ['origin', 'another site'],
  polling: ['poll'],
  pagination: ['infinite scroll', 'cursor'],
  autocomplete: ['search suggestions'],
  typeahead: ['search suggestions'],
  mobile: ['another app of ours', 'client'],
  ios: ['mobile'],
  android: ['mobile'],
  extension: ['browser extension'],
  business: ['service', 'rule'],
  logic: ['service', 'rule'],
}

/** The synonyms of one normalized query word ([] when it has none). */
export function synonymsOf(word: string): readonly string[] {
  return Object.hasOwn(synonyms, word) ? synonyms[word]! : []
}
