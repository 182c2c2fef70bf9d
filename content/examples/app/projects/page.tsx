import { listActiveProjects, ownerName } from '@/features/projects/queries'

// A page that needs data when it first loads: the Server Component reads through the query
// function directly. No fetch of our own API, no loading state, no client JavaScript for the list.
export default async function ProjectsPage({ searchParams }: { searchParams: Promise<{ owner?: string }> }) {
  const { owner } = await searchParams
  const projects = listActiveProjects().filter((project) => !owner || project.ownerId === owner)
  return (
    <>
      <h1>Active projects</h1>
      {projects.length === 0 ? (
        <p>No active projects{owner ? ' for this owner' : ''}.</p>
      ) : (
        <ul>
          {projects.map((project) => (
            <li key={project.id} id={project.id}>
              {project.name} <small>by {ownerName(project.ownerId)}</small>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
