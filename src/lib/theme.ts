/** Local-storage key of the reader's theme choice; read and written by the small script in app.html. */
export const THEME_KEY = 'briefing:v1:theme';
