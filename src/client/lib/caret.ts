/** Puts the caret after the field's text, so what is typed next continues it. */
export function caretToEnd(field: HTMLInputElement | HTMLTextAreaElement): void {
  try {
    field.setSelectionRange(field.value.length, field.value.length);
  } catch {
    // Email fields have no caret to place.
  }
}
