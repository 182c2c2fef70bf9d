/** The example app. The site's `npm test` type-checks and lints it, so the build skips both. */
const config = {
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
}
export default config
