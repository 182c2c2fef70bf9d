/** A recipe's page: a stable, shareable address. */
export const recipeHref = (slug: string) => `/recipes/${slug}/`
