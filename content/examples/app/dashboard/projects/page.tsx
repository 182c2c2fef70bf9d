import { ActionForm } from '@/components/action-form'
import { listProjectsOf } from '@/features/projects/queries'
import { getSessionUser } from '@/lib/auth'
import { changeStatus } from './actions'

const nextStatus = { draft: 'active', active: 'archived', archived: null } as const

export default async function DashboardProjectsPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to see your projects.</p>
  const projects = listProjectsOf(user.id)
  return (
    <>
      <h1>Your projects</h1>
      <p>Signed in as {user.name}</p>
      <ul>
        {projects.map((project) => {
          const next = nextStatus[project.status]
          return (
            <li key={project.id}>
              {project.name}: <span data-status={project.status}>{project.status}</span>
              {next && (
                <ActionForm action={changeStatus} label={`Change ${project.name}`}>
                  <input type="hidden" name="projectId" value={project.id} />
                  <input type="hidden" name="status" value={next} />
                  <button type="submit">Make {next}</button>
                </ActionForm>
              )}
            </li>
          )
        })}
      </ul>
      <p>
        <a href="/api/export/projects" download>
          Download as CSV
        </a>
      </p>
    </>
  )
}
