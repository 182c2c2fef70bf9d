import { ActionForm } from '@/components/action-form'
import { db } from '@/lib/db'
import { getSessionUser } from '@/lib/auth'
import { removeProject } from './actions'

export default async function AdminProjectsPage() {
  const user = await getSessionUser()
  if (user?.role !== 'admin') return <p>Only admins can see this page.</p>
  return (
    <table>
      <caption>All projects</caption>
      <tbody>
        {db().projects.map((project) => (
          <tr key={project.id}>
            <td>{project.name}</td>
            <td>{project.status}</td>
            <td>
              <ActionForm action={removeProject} label={`Delete ${project.name}`}>
                <input type="hidden" name="projectId" value={project.id} />
                <button type="submit">Delete</button>
              </ActionForm>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
