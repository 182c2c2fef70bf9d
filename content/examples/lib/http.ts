import type { z } from 'zod'

/** A JSON error body every route answers with: a machine-readable code and a sentence for people. */
export function jsonError(status: number, error: string, message: string, init?: ResponseInit): Response {
  return Response.json({ error, message }, { ...init, status })
}

/** 422 with the message of each invalid field, keyed by field name. */
export function validationError(error: z.ZodError, init?: ResponseInit): Response {
  return Response.json(
    { error: 'invalid_body', message: 'Some fields are invalid.', fields: fieldErrors(error) },
    { ...init, status: 422 },
  )
}

/** The first message for each invalid field: { name: 'Enter a name' }. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'form'
    fields[field] ??= issue.message
  }
  return fields
}

/** Parse a JSON body; undefined when it is not JSON, so the caller can answer 400. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    return undefined
  }
}
