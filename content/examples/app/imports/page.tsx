import { getSessionUser } from '@/lib/auth'
import { ImportForm } from './import-form'

export default async function ImportsPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to import contacts.</p>
  return (
    <>
      <h1>Import contacts</h1>
      <ImportForm />
    </>
  )
}
