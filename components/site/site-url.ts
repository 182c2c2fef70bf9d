import { siteAddress } from '../../lib/base-path'

/**
 * The public address of the site, sub-path included, for canonical links and share links built at
 * build time: NEXT_PUBLIC_SITE_URL (the host's address, with or without the sub-path) and BASE_PATH.
 */
export const siteUrl = siteAddress(process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000')
