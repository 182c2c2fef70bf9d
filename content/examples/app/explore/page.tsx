import { listActiveProjects } from '@/features/projects/queries'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { StarButton } from './star-button'

export default async function ExplorePage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to star projects.</p>
  const mine = new Set(
    db()
      .stars.filter((star) => star.userId === user.id)
      .map((star) => star.projectId),
  )
  return (
    <>
      <h1>Explore projects</h1>
      <ul>
        {listActiveProjects().map((project) => (
          <li key={project.id}>
            {project.name}{' '}
            <StarButton projectId={project.id} name={project.name} starred={mine.has(project.id)} />
          </li>
        ))}
      </ul>
    </>
  )
}
