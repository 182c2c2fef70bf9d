import { ActionForm } from '@/components/action-form'
import { getSessionUser } from '@/lib/auth'
import { listMembersToManage } from '@/features/members/members-data'
import { changeRole } from './actions'

export default async function RolesPage() {
  // Admins only: the data function checks the role and gives members nothing.
  const members = await listMembersToManage()
  if (!members) return <p>Only admins can change roles.</p>
  const me = await getSessionUser()
  return (
    <>
      <h1>Roles</h1>
      <ul>
        {members.map((member) => (
          <li key={member.id} data-member={member.id}>
            {member.name} ({member.email}): <span data-role={member.role}>{member.role}</span>
            {member.id !== me?.id && (
              <ActionForm action={changeRole} label={`Change the role of ${member.name}`}>
                <input type="hidden" name="userId" value={member.id} />
                <button type="submit" name="role" value={member.role === 'admin' ? 'member' : 'admin'}>
                  {member.role === 'admin' ? 'Make member' : 'Make admin'}
                </button>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
