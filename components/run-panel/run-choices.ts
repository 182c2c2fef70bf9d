import { extensionOrigin } from '../../content/examples/lib/cors'

/** The choices the Run panel offers for who is calling. */

export const sessionChoices = [
  { value: '', label: 'Signed out' },
  { value: 'session-ada', label: 'Ada (member)' },
  { value: 'session-grace', label: 'Grace (admin)' },
]

export const tokenChoices = [
  { value: '', label: 'No token' },
  { value: 'mobile-token-ada', label: 'Ada’s mobile app token' },
  { value: 'extension-token-grace', label: 'Grace’s extension token' },
  { value: 'revoked-token', label: 'An unknown token' },
]

export const originChoices = [
  { value: extensionOrigin, label: 'The extension' },
  { value: 'https://evil.example', label: 'https://evil.example' },
  { value: '', label: 'No Origin header' },
]
