/** The phone menu's button (Nextra's hamburger, shown below 768 px), found before React renders it. */
export const phoneMenuButtonSelector = 'button.nextra-hamburger'

/** On <html> while the loader shows the phone menu before React (site.css shows the sidebar's links). */
export const phoneMenuAttribute = 'data-phone-menu-before-react'
