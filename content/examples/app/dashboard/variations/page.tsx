import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { VariationsForm } from './variations-form'

export default async function VariationsPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to write taglines.</p>
  const saved = db().variations.filter((variation) => variation.ownerId === user.id)
  return (
    <>
      <h1>Tagline variations</h1>
      <p>Credits left: {db().modelCredits[user.id] ?? 0}</p>
      <VariationsForm />
      <h2>Saved</h2>
      <ul aria-label="Saved variations">
        {saved.map((variation) => (
          <li key={variation.id}>{variation.text}</li>
        ))}
      </ul>
    </>
  )
}
