import type { NextApiRequest, NextApiResponse } from 'next'

type Greeting = { message: string } | { error: string; message: string }

// The Pages Router's endpoint: one default export that answers every method, so it checks the method.
export default function handler(request: NextApiRequest, response: NextApiResponse<Greeting>) {
  if (request.method !== 'GET') {
    response.setHeader('Allow', 'GET')
    return response.status(405).json({ error: 'method_not_allowed', message: 'Use GET.' })
  }
  const name = typeof request.query.name === 'string' ? request.query.name.slice(0, 50) : 'world'
  response.status(200).json({ message: `Hello, ${name}!` })
}
