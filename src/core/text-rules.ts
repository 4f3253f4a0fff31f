import * as v from 'valibot';

/**
 * How the free-text fields of a new comment are cleaned and which characters they refuse. Shared
 * by the server (which enforces it) and the reply form (which shows the same messages).
 *
 * Refused everywhere: C0 control characters, DEL and C1 control characters (terminal escapes,
 * backspaces, bells, NUL: nothing a person means to write, and some of them confuse logs,
 * terminals and other programs that read the data later), and lone surrogates (half a
 * character, left by a broken encoder; SQLite would store them as U+FFFD).
 * A comment body may hold line breaks and tabs; a one-line field (name, email, web address)
 * holds neither, nor the Unicode line and paragraph separators U+2028 and U+2029.
 * Invisible but meaningful characters (zero-width joiners, bidirectional marks) are text in
 * some scripts, so they stay inside text; but a name or a comment made of nothing else shows
 * nothing, and is refused (`withVisibleCharacters`).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const refusedInText = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- as above
const refusedInLine = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]|\p{Cs}/u;

export type TextKind = 'text' | 'line';

/**
 * Characters that show nothing by themselves: white space, Unicode's Default_Ignorable_Code_Point
 * (zero-width spaces and joiners, bidirectional marks and isolates, soft hyphen, variation
 * selectors, tag characters, the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the
 * invisible operators U+2061 to U+2064), and U+2800, the blank Braille pattern, which fonts draw
 * as an empty cell and which is a favourite for "blank" names. Letters, digits, punctuation,
 * symbols and marks are visible, in any script. The property is Unicode's own list, so it grows
 * with the engine's Unicode version rather than with a list kept here.
 */
const invisible = /^[\s\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** True when `value` has at least one character that shows (empty text has none). */
export const hasVisibleCharacter = (value: string): boolean => !invisible.test(value);

/**
 * Refuses text with nothing to see: only spaces and invisible characters. Empty text is left to
 * the field's own "Enter …" check, so it gets one message, not two.
 */
export function withVisibleCharacters(message: string) {
  return v.check<string, string>((value) => value === '' || hasVisibleCharacter(value), message);
}

/** "U+001B" for the first refused character of `value`, if any. */
export function firstRefusedCharacter(value: string, kind: TextKind): string | undefined {
  const match = (kind === 'text' ? refusedInText : refusedInLine).exec(value);
  if (!match) return undefined;
  const codePoint = match[0].codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Line endings as "\n", whatever sent them ("\r\n" from an HTML form, "\r" from old Macs), so
 * a comment reads and counts the same however it was typed.
 */
export const unifyLineBreaks = v.transform((value: string) => value.replace(/\r\n?/g, '\n'));

/**
 * Unicode NFC: "é" typed as one character or as "e" plus an accent is stored as one, so equal
 * texts compare, count and search as equal.
 */
export const composed = v.normalize('NFC');
