import { listPagePaths } from '../../scripts/exported-site'
import { exportDir } from '../harness/global-setup'

/** Every exported page, with the 404 page opened the way readers meet it: at an address that does not exist. */
export const exportedPages = listPagePaths(exportDir).map((path) =>
  path === '/404.html' ? '/no-such-page/' : path,
)
export const expectedStatus = (path: string) => (path === '/no-such-page/' ? 404 : 200)
