/** The example app. The site's `npm test` type-checks and lints it, so the build skips the type check. */
const config = {
  typescript: { ignoreBuildErrors: true },
  // pages/api/v1/projects.ts shares the App Router's service and queries, which import 'server-only'.
  // Pages Router dependencies are not bundled by default, so that package would be loaded from
  // node_modules at run time and throw; bundled, Next.js resolves it as it does for the App Router.
  bundlePagesRouterDependencies: true,
}
export default config
