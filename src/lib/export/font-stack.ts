/** The sans-serif faces exported images ask for: the system's own, as the app uses. */
export const SANS_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
