import { getSessionUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { VideoUploadForm } from './upload-form'

export default async function VideosPage() {
  const user = await getSessionUser()
  if (!user) return <p>Sign in to upload videos.</p>
  const uploads = db().videoUploads.filter(
    (upload) => upload.ownerId === user.id && upload.status === 'uploaded',
  )
  return (
    <>
      <h1>Your videos</h1>
      <ul aria-label="Uploaded videos">
        {uploads.map((upload) => (
          <li key={upload.key}>
            {upload.name} ({Math.ceil(upload.size / 1024 / 1024)} MB)
          </li>
        ))}
      </ul>
      <VideoUploadForm />
    </>
  )
}
