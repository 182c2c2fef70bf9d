// Stand-in for the `server-only` marker package where the examples run outside Next.js (tests, Run panel).
export {}
