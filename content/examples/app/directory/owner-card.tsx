'use client'

import { queryOptions, useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'

type PublicProfile = {
  id: string
  name: string
  activeProjects: Array<{ id: string; name: string }>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

// The query function fetches the GET Route Handler with the signal TanStack Query passes in, so
// the library can cancel the request when no card needs the answer any more.
async function fetchProfile(id: string, signal: AbortSignal): Promise<PublicProfile> {
  const response = await fetch(`/api/people/${encodeURIComponent(id)}`, { signal })
  const body = await response.json()
  if (!response.ok) throw new HttpError(response.status, body.message)
  return body
}

// One key per person: every card of the same owner shares one request and one cached answer.
const profileQuery = (id: string) =>
  queryOptions({
    queryKey: ['person', id],
    queryFn: ({ signal }) => fetchProfile(id, signal),
    staleTime: 60_000,
    // A 400 or 404 will not change on a second try; a server error might.
    retry: (failures, error) => !(error instanceof HttpError && error.status < 500) && failures < 2,
  })

export function OwnerCard({ ownerId, ownerName }: { ownerId: string; ownerName: string }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const toggle = () => setOpen(!open)
  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        About {ownerName}
      </button>
      {open && (
        <div id={panelId}>
          <OwnerDetails ownerId={ownerId} />
        </div>
      )}
    </>
  )
}

function OwnerDetails({ ownerId }: { ownerId: string }) {
  const { data, error, isPending } = useQuery(profileQuery(ownerId))
  if (isPending) return <p>Loading…</p>
  if (error) return <p role="alert">{error.message}</p>
  return (
    <section aria-label={`About ${data.name}`}>
      <p>
        {data.name} leads {data.activeProjects.length} active project(s):
      </p>
      <ul>
        {data.activeProjects.map((project) => (
          <li key={project.id}>{project.name}</li>
        ))}
      </ul>
    </section>
  )
}
