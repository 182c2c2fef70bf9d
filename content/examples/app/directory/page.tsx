import { listPublishedProjects } from '@/features/people/queries'
import { OwnerCard } from './owner-card'

// A public page: built once, then regenerated at most once a minute.
export const revalidate = 60

export default function DirectoryPage() {
  const projects = listPublishedProjects()
  return (
    <>
      <h1>Project directory</h1>
      <ul>
        {projects.map((project) => (
          <li key={project.id} data-project-id={project.id}>
            {project.name} ({project.status}){' '}
            <OwnerCard ownerId={project.ownerId} ownerName={project.ownerName} />
          </li>
        ))}
      </ul>
    </>
  )
}
