import { useEffect, useId, type FormEvent, type KeyboardEvent } from 'react';
import type { Comment } from '../../core/schemas';
import { BodyCounter, counterShows } from './body-counter';
import { FormField } from './form-field';
import { useReplyForm } from './use-reply-form';
import { waitMessage } from './wait-messages';
import './reply.css';

interface ReplyFormProps {
  slug: string;
  /** Null: the article's own "Leave a Reply" form. */
  parentId: string | null;
  /** Names the form for screen readers ("Reply to wally n"). */
  label: string;
  /** Puts the cursor in the comment box when the form opens. */
  autoFocus?: boolean;
  onCancel?: () => void;
  onPosted?: (comment: Comment) => void;
}

/** The fields, the draft's state and the reply's fate; every message sits where it applies. */
export function ReplyForm({
  slug,
  parentId,
  label,
  autoFocus = false,
  onCancel,
  onPosted,
}: ReplyFormProps) {
  const id = useId();
  const {
    state,
    entry,
    sending,
    persistent,
    fieldRefs: { body: bodyRef, name: nameRef, email: emailRef, url: urlRef },
    edit,
    setRemember,
    setHoneypot,
    flush,
    send,
    discard,
  } = useReplyForm({ slug, parentId, onPosted });
  const { fields, errors } = state;
  useEffect(() => {
    if (autoFocus) bodyRef.current?.focus();
  }, [autoFocus, bodyRef]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };
  const waiting = entry && !sending;
  const status = sending ? 'Sending…' : waiting ? waitMessage(entry.problem) : state.notice;
  const problem = state.problem ?? (waiting ? status : undefined);

  return (
    <form
      className="reply-form"
      aria-label={label}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onBlur={flush}
    >
      {state.restored && (
        <p className="reply-form__draft">
          Draft restored ·{' '}
          <button type="button" className="button--link" onClick={discard}>
            Discard
          </button>
        </p>
      )}
      {!persistent && (
        <p className="reply-form__note" role="note">
          This browser isn’t letting Parley save anything, so this draft won’t survive a reload.
        </p>
      )}
      <FormField
        id={`${id}-body`}
        label="Comment"
        multiline
        required
        value={fields.body}
        onChange={(value) => edit('body', value)}
        error={errors.body}
        extra={counterShows(fields.body) ? <BodyCounter body={fields.body} /> : undefined}
        inputRef={bodyRef}
      />
      <div className="reply-form__identity">
        <FormField
          id={`${id}-name`}
          label="Name"
          required
          autoComplete="name"
          value={fields.name}
          onChange={(value) => edit('name', value)}
          error={errors.name}
          inputRef={nameRef}
        />
        <FormField
          id={`${id}-email`}
          label="Email"
          hint="Never shown."
          type="email"
          required
          autoComplete="email"
          value={fields.email}
          onChange={(value) => edit('email', value)}
          error={errors.email}
          inputRef={emailRef}
        />
        <FormField
          id={`${id}-url`}
          label={
            <>
              Website <span className="reply-form__optional">(optional)</span>
            </>
          }
          type="url"
          autoComplete="url"
          value={fields.url}
          onChange={(value) => edit('url', value)}
          error={errors.url}
          inputRef={urlRef}
        />
      </div>
      <div className="reply-form__trap" aria-hidden="true">
        <label htmlFor={`${id}-subject`}>Leave this field empty</label>
        <input
          id={`${id}-subject`}
          name="subject"
          tabIndex={-1}
          autoComplete="off"
          value={state.honeypot}
          onChange={(event) => setHoneypot(event.target.value)}
        />
      </div>
      <label className="reply-form__remember">
        <input
          type="checkbox"
          checked={state.remember}
          onChange={(event) => setRemember(event.target.checked)}
        />
        <span>Save my name, email, and website in this browser for the next time I comment.</span>
      </label>
      <div
        className={`reply-form__status${problem ? ' reply-form__status--problem' : ''}`}
        role="status"
      >
        {status && <p>{status}</p>}
        {state.problem && state.problem !== status && <p>{state.problem}</p>}
      </div>
      <div className="reply-form__actions">
        <button type="submit" className="button" disabled={sending}>
          {sending ? 'Sending…' : 'Send'}
        </button>
        {waiting && (
          <button type="button" className="button button--quiet" onClick={send}>
            Retry
          </button>
        )}
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel reply
          </button>
        )}
        <span className="reply-form__shortcut" aria-hidden="true">
          Ctrl+Enter sends
        </span>
      </div>
    </form>
  );
}
