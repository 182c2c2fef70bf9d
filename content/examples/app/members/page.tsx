import { listMembers } from '@/features/members/members-data'

export default async function MembersPage() {
  // listMembers verifies the session before it returns a row.
  const members = await listMembers()
  return (
    <>
      <h1>Team</h1>
      <ul>
        {members.map((member) => (
          <li key={member.id} data-member={member.id}>
            {member.name} ({member.role})
          </li>
        ))}
      </ul>
    </>
  )
}
