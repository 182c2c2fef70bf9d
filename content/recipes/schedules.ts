import type { RecipeInput } from '../../lib/recipes/recipe-schema'

/** Schedules and work after the response: a hosted cron, after(), a script. */
export const scheduleRecipes: RecipeInput[] = []
