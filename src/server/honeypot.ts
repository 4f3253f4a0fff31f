/**
 * The honeypot: a form field named `subject` that people never see (it is hidden from sight and
 * from screen readers) and so leave empty, while simple bots fill every field they find.
 *
 * A filled honeypot is refused openly (400 spam_suspected), not accepted and silently dropped:
 * a person whose browser autofilled the hidden field must learn that nothing was stored, since
 * Parley never loses a comment without saying so. The client then clears the field.
 */
export const honeypotField = 'subject';

export function isHoneypotFilled(input: { [honeypotField]?: string | undefined }): boolean {
  return (input[honeypotField] ?? '').trim() !== '';
}
