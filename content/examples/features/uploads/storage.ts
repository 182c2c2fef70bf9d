import { db, type StoredObject } from '@/lib/db'
import { signUpload, type UploadGrant } from './upload-signature'

/**
 * The app's side of the storage service: what a storage SDK gives you (a presigner and a HEAD
 * request). Here the service is the fake under app/fake-storage, in the same process.
 */

/** The secret the examples sign with when STORAGE_SIGNING_SECRET is not set. */
export const exampleStorageSecret = 'storage_example_next_boundaries'

export function storageSecret(): string {
  return process.env.STORAGE_SIGNING_SECRET ?? exampleStorageSecret
}

/** Where the fake storage answers; a real bucket has its own origin. */
export const storageBase = '/fake-storage/'

/** A URL the browser can PUT exactly this object to until the grant expires. */
export async function presignPut(grant: UploadGrant, secret = storageSecret()): Promise<string> {
  const query = new URLSearchParams({
    expires: String(grant.expires),
    signature: await signUpload(grant, secret),
  })
  return `${storageBase}${grant.key}?${query}`
}

/** What storage holds under a key (a HEAD request to a bucket); undefined when nothing came. */
export function headObject(key: string): StoredObject | undefined {
  return db().storedObjects[key]
}
