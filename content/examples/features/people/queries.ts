import 'server-only'
import { db } from '@/lib/db'

/** What any visitor may see of a project owner: the name and active projects, never the email. */
export type PublicProfile = {
  id: string
  name: string
  activeProjects: Array<{ id: string; name: string }>
}

export function findPublicProfile(id: string): PublicProfile | null {
  const person = db().users.find((user) => user.id === id)
  if (!person) return null
  const activeProjects = db()
    .projects.filter((project) => project.ownerId === id && project.status === 'active')
    .map((project) => ({ id: project.id, name: project.name }))
  return { id: person.id, name: person.name, activeProjects }
}

/** Every project that is not a draft, with its owner's name, for the public directory. */
export function listPublishedProjects() {
  return db()
    .projects.filter((project) => project.status !== 'draft')
    .map((project) => ({
      ...project,
      ownerName: db().users.find((user) => user.id === project.ownerId)?.name ?? 'Unknown',
    }))
}
