import { findPublicProfile } from '@/features/people/queries'
import { jsonError } from '@/lib/http'

// A project owner's public card, which the directory opens on demand in the browser.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!/^u_\w{1,40}$/.test(id)) return jsonError(400, 'invalid_id', 'A person id looks like u_ada.')
  const profile = findPublicProfile(id)
  if (!profile) return jsonError(404, 'not_found', `No person ${id}.`)
  // Public and the same for everyone: any cache may keep it for a minute.
  return Response.json(profile, { headers: { 'Cache-Control': 'public, max-age=60' } })
}
