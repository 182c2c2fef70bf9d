/**
 * What an avatar may be, shared by the form (to stop a file before it is sent) and the action
 * (which checks again, since anyone can post to it). 512 KB leaves room under the 1 MB that
 * Next.js lets a Server Action's whole request body weigh, fields and multipart headers included.
 */
export const maxAvatarBytes = 512 * 1024

/** For the file input's accept attribute: a hint to the file picker, not a check. */
export const avatarTypes = ['image/png', 'image/jpeg', 'image/webp'] as const

export function avatarTooLarge(size: number): string {
  return `That image is ${Math.ceil(size / 1024)} KB; an avatar can be at most 512 KB.`
}
