/** Where the reader's theme choice is stored (next-themes' localStorage key), read before hydration too. */
export const themeStorageKey = 'theme'
