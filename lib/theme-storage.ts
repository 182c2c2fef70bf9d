/** Where the reader's theme choice is stored (next-themes' localStorage key), read before hydration too. */
export const themeStorageKey = 'theme'

/** The theme button (Nextra's ThemeSwitch), found by its title before React renders it. */
export const themeButtonSelector = 'button[title="Change theme"]'

/** The names the theme menu gives each choice (Nextra's default themeSwitch options). */
export const themeNames = { light: 'Light', dark: 'Dark', system: 'System' } as const
