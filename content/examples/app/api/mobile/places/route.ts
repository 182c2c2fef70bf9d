import { z } from 'zod'
import { getTokenCaller } from '@/lib/auth'
import { db, newId, type Place } from '@/lib/db'
import { jsonError, readJson, validationError } from '@/lib/http'

// The mobile app is another client: it calls a URL with a bearer token, never a Server Action.
const placeSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(100, 'Keep the name under 100 characters'),
  lat: z.number({ error: 'lat must be a number' }).min(-90).max(90),
  lng: z.number({ error: 'lng must be a number' }).min(-180).max(180),
})

export async function POST(request: Request): Promise<Response> {
  const caller = getTokenCaller(request, 'mobile')
  if (!caller) {
    return jsonError(401, 'unauthorized', 'Send a mobile token: Authorization: Bearer <token>.', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    })
  }
  const body = await readJson(request)
  if (body === undefined) return jsonError(400, 'invalid_json', 'The body must be JSON.')
  const parsed = placeSchema.safeParse(body)
  if (!parsed.success) return validationError(parsed.error)

  const place: Place = { id: newId('place'), ownerId: caller.user.id, ...parsed.data }
  db().places.push(place)
  return Response.json(place, { status: 201, headers: { Location: `/api/mobile/places/${place.id}` } })
}
