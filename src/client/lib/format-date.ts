const formatters = new Map<string, Intl.DateTimeFormat>();

/** The exact date and time in the reader's locale and zone ("March 28, 2019 at 1:00 PM"). */
export function formatDateTime(iso: string, locale?: string): string {
  const key = locale ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
