export default function HomePage() {
  return (
    <>
      <h1>Projects</h1>
      <p>
        The example app of Next Boundaries: every entry point of one small product, each on the boundary it
        needs.
      </p>
    </>
  )
}
