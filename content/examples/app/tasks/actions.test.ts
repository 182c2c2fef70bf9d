import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { callAction } from '@/runtime/action-call'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { deleteTask } from './actions'

beforeEach(resetDb)

const taskIds = () => db().tasks.map((task) => task.id)

describe('deleteTask', () => {
  it('deletes the owner’s task and revalidates the page in the same call', async () => {
    const outcome = await callAction(deleteTask, { taskId: 't_letter' }, { cookies: signedInAda })
    expect(outcome).toEqual({
      kind: 'returned',
      value: { ok: true, message: 'Deleted “Answer Babbage’s letter”.' },
      calls: [{ api: 'revalidatePath', args: ['/tasks'] }],
    })
    expect(taskIds()).toEqual(['t_cards', 't_notes', 't_manual'])
  })

  it('answers another user’s task, a deleted one and a malformed id alike, and changes nothing', async () => {
    for (const [taskId, cookies] of [
      ['t_manual', signedInAda],
      ['t_gone', signedInAda],
      ['DROP TABLE', signedInGrace],
    ] as const) {
      const outcome = await callAction(deleteTask, { taskId }, { cookies })
      expect(outcome).toEqual({
        kind: 'returned',
        value: { ok: false, message: 'That task is already gone.' },
        calls: [],
      })
    }
    expect(taskIds()).toHaveLength(4)
  })

  it('refuses a post without a session', async () => {
    const outcome = await callAction(deleteTask, { taskId: 't_cards' })
    expect(outcome).toMatchObject({ value: { ok: false, message: 'Your session has ended. Sign in again.' } })
    expect(taskIds()).toContain('t_cards')
  })
})
