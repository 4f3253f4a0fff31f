/**
 * Messages are plain strings with {placeholders}, or plural forms picked with Intl.PluralRules
 * for the locale ("one", "other", and "zero" where a language wants the zero case worded apart).
 * A dozen lines serve two languages; a library would add kilobytes for features we don't use.
 */
export type PluralMessage = { zero?: string; one: string; other: string } & Partial<
  Record<Intl.LDMLPluralRule, string>
>;
export type Message = string | PluralMessage;

export type Params = Record<string, string | number>;

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function createTranslator<K extends string>(
  locale: string,
  catalogue: Readonly<Record<K, Message>>,
): Translate<K> {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    const message = catalogue[key];
    let text: string;
    if (typeof message === 'string') text = message;
    else {
      const count = Number(params.count ?? 0);
      text =
        (count === 0 ? message.zero : undefined) ?? message[plurals.select(count)] ?? message.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}
