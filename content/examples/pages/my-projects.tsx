import type { GetServerSideProps, InferGetServerSidePropsType } from 'next'
import Head from 'next/head'
import { listProjectRowsOf, type ProjectRow } from '@/features/projects/pages-queries'
import { sessionCookie, userFromSession } from '@/lib/session'

type Props = { signedIn: false } | { signedIn: true; userName: string; projects: ProjectRow[] }

// Runs on the server for every request, so it calls the query function itself: fetching this app's
// own API Route from here would only add a request. (Under /my-projects only because the App
// Router's app/dashboard/projects/page.tsx answers /dashboard/projects in this example app.)
export const getServerSideProps = (async ({ req }) => {
  const user = userFromSession(req.cookies[sessionCookie])
  // Someone's own projects: no session, no data.
  if (!user) return { props: { signedIn: false } }
  // Props are written into the HTML for the browser, so they carry only what the page shows.
  return { props: { signedIn: true, userName: user.name, projects: listProjectRowsOf(user.id) } }
}) satisfies GetServerSideProps<Props>

export default function MyProjectsPage(props: InferGetServerSidePropsType<typeof getServerSideProps>) {
  return (
    <main>
      <Head>
        <title>Your projects</title>
      </Head>
      <h1>Your projects</h1>
      {props.signedIn ? (
        <>
          <p>Signed in as {props.userName}</p>
          <ul>
            {props.projects.map((project) => (
              <li key={project.id}>
                {project.name}: <span data-status={project.status}>{project.status}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Sign in to see your projects.</p>
      )}
    </main>
  )
}
