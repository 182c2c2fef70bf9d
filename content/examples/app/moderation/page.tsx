import { ActionForm } from '@/components/action-form'
import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { moderateComment } from './actions'

export default async function ModerationPage() {
  const user = await getSessionUser()
  // This hides the queue from members; it protects nothing, so the action checks the role again.
  if (user?.role !== 'admin') return <p>Only moderators can see this page.</p>
  const store = db()
  const nameOf = (id: string) => store.users.find((person) => person.id === id)?.name ?? 'Unknown'
  return (
    <>
      <h1>Comments to moderate</h1>
      <ul>
        {store.comments.map((comment) => (
          <li key={comment.id} data-comment={comment.id}>
            {nameOf(comment.authorId)}: “{comment.body}”{' '}
            <span data-status={comment.status}>{comment.status}</span>
            {comment.status === 'pending' && (
              <ActionForm
                action={moderateComment}
                label={`Moderate the comment by ${nameOf(comment.authorId)}`}
              >
                <input type="hidden" name="commentId" value={comment.id} />
                <button type="submit" name="decision" value="approve">
                  Approve
                </button>
                <button type="submit" name="decision" value="reject">
                  Reject
                </button>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
