import type { ExampleAppContext } from './recipe-checks'

/** Checks of the sign-in-and-access recipes' code under `next start`. */
export function signInAndAccessChecks(app: ExampleAppContext): void {
  void app
}
