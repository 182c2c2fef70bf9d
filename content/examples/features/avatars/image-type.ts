import type { Avatar } from '@/lib/db'

/**
 * The image type a file really is, from its first bytes. The name and the type the browser sends
 * are whatever the client says; the magic bytes are what a browser or an image library will read.
 */

type ImageType = Avatar['type']

const signatures: Array<{ type: ImageType; bytes: Array<number | null> }> = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  // "RIFF", four bytes of length, then "WEBP".
  {
    type: 'image/webp',
    bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50],
  },
]

/** How many leading bytes sniffImageType needs. */
export const sniffLength = 12

/** The image type the leading bytes announce, or null for anything else. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  const match = signatures.find(({ bytes }) =>
    bytes.every((byte, index) => byte === null || head[index] === byte),
  )
  return match?.type ?? null
}
