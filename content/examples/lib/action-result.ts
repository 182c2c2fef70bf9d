/** What a Server Action returns to its form: a message for everyone, and field errors when input was invalid. */
export type ActionResult =
  { ok: true; message: string } | { ok: false; message: string; fields?: Record<string, string> }
