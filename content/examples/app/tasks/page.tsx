import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { DeleteTaskButton } from './delete-task-button'

export default async function TasksPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to see your tasks.</p>
  const tasks = db().tasks.filter((task) => task.ownerId === user.id)
  return (
    <>
      <h1>Your tasks</h1>
      {tasks.length === 0 && <p>Nothing left to do.</p>}
      <ul aria-label="Tasks">
        {tasks.map((task) => (
          <li key={task.id}>
            {task.title} <DeleteTaskButton taskId={task.id} title={task.title} />
          </li>
        ))}
      </ul>
    </>
  )
}
