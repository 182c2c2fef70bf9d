import { z } from 'zod'

/** The largest video the app accepts: storage takes it from the browser, not through us. */
export const maxVideoBytes = 2 * 1024 ** 3

/** How long a signed upload URL is valid: enough to start the PUT, little to leak. */
export const uploadUrlSeconds = 5 * 60

const extensions = { 'video/mp4': 'mp4', 'video/webm': 'webm', 'video/quicktime': 'mov' } as const

const fileName = z.string().trim().min(1, 'Choose a video')
const fileSize = z.number().int().positive('That file is empty')

export const videoFileSchema = z.object({
  name: fileName.max(200, 'Keep the file name under 200 characters'),
  size: fileSize.max(maxVideoBytes, 'A video can be at most 2 GB'),
  type: z.enum(Object.keys(extensions) as Array<keyof typeof extensions>, {
    error: 'Choose an MP4, WebM or QuickTime video',
  }),
})

export type VideoFile = z.infer<typeof videoFileSchema>

export const extensionOf = (type: VideoFile['type']) => extensions[type]

/** An object key as the app hands it out: videos/<user id>/<upload id>.<extension>. */
const videoKey = /^videos\/u_\w+\/v_\w+\.(mp4|webm|mov)$/
export const videoKeySchema = z.string().regex(videoKey, 'Not an upload key')
