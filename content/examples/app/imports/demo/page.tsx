import Link from 'next/link'
import { ActionForm } from '@/components/action-form'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { startImport } from './actions'

export default async function ImportsPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to see your imports.</p>
  const imports = db().imports.filter((job) => job.ownerId === user.id)
  return (
    <>
      <h1>Imports</h1>
      <ActionForm action={startImport} label="Start an import">
        <button type="submit">Import the sample file</button>
      </ActionForm>
      <ul aria-label="Your imports">
        {imports.map((job) => (
          <li key={job.id}>
            <Link href={`/imports/${job.id}`}>{job.id}</Link>: {job.status}
          </li>
        ))}
      </ul>
    </>
  )
}
