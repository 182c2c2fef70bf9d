import type { RecipeInput } from '../../lib/recipes/recipe-schema'

/** Webhooks by signing scheme: the provider calls us and signs (or shares a secret). */
export const webhookRecipes: RecipeInput[] = []
