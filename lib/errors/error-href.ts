/** An error page's address: a stable, shareable /errors/<slug>/. */
export const errorHref = (slug: string) => `/errors/${slug}/`
