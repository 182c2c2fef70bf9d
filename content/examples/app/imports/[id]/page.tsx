import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { ImportProgress } from './import-progress'

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to see your imports.</p>
  const { id } = await params
  const job = db().imports.find((candidate) => candidate.id === id && candidate.ownerId === user.id)
  if (!job) notFound()
  return (
    <>
      <h1>Import {job.id}</h1>
      <ImportProgress initial={{ id: job.id, status: job.status, processed: job.processed }} />
      <p>
        <Link href="/imports/demo">All imports</Link>
      </p>
    </>
  )
}
