import type { Project } from '@/lib/db'

/** Waits for a read the page already started; rendered inside <Suspense>, so it streams in. */
export async function RecentUpdates({ projects }: { projects: Promise<Project[]> }) {
  const updated = await projects
  if (updated.length === 0) return <p>Nothing updated yet.</p>
  return (
    <ul>
      {updated.map((project) => (
        <li key={project.id}>
          {project.name}: {project.status},{' '}
          <time dateTime={project.updatedAt}>{project.updatedAt.slice(0, 10)}</time>
        </li>
      ))}
    </ul>
  )
}
