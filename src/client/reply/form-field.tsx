import type { ChangeEvent, ReactNode, RefObject } from 'react';
import type { DraftField } from '../drafts/draft-schema';

interface FormFieldProps {
  id: string;
  /** The draft field it edits; also how the app finds what was typed before it started. */
  name: DraftField;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
  /** Shown under the field and read with it, e.g. the characters left. */
  extra?: ReactNode;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  required?: boolean;
  inputRef: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
}

/**
 * A labelled field whose hint and error are tied to it (aria-describedby), so a screen reader
 * reads the message when the field gets focus, next to where the problem is.
 */
export function FormField({
  id,
  name,
  label,
  value,
  onChange,
  error,
  hint,
  extra,
  multiline = false,
  type = 'text',
  autoComplete,
  required = false,
  inputRef,
}: FormFieldProps) {
  const describedBy =
    [hint && `${id}-hint`, error && `${id}-error`, extra && `${id}-extra`]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    name,
    className: 'reply-form__input',
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
  };
  return (
    <div className="reply-form__field">
      <label className="reply-form__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} ref={inputRef as RefObject<HTMLTextAreaElement>} rows={5} />
      ) : (
        <input
          {...common}
          ref={inputRef as RefObject<HTMLInputElement>}
          type={type}
          autoComplete={autoComplete}
          spellCheck={type === 'text' ? undefined : false}
        />
      )}
      {hint && (
        <span id={`${id}-hint`} className="reply-form__hint">
          {hint}
        </span>
      )}
      {error && (
        <p id={`${id}-error`} className="reply-form__error">
          {error}
        </p>
      )}
      {extra && <div id={`${id}-extra`}>{extra}</div>}
    </div>
  );
}
