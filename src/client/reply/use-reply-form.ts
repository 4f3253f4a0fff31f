import {
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import type { Comment } from '../../core/schemas';
import { inputFromFields } from '../drafts/draft-input';
import { createDraftSaver } from '../drafts/draft-saver';
import { newIdempotencyKey, type DraftField, type DraftFields } from '../drafts/draft-schema';
import { sameAddress } from '../drafts/draft-store';
import { readIdentity, rememberIdentity } from '../drafts/identity';
import {
  contentOf,
  initialFormState,
  replyFormReducer,
  type ReplyFormAction,
} from './reply-form-state';
import { addressKey, type Outcome, type ReplyRuntime } from './reply-runtime';
import { useLocalState, useReplyRuntime } from './use-reply-runtime';
import { fieldOfApiPath, fieldOrder, validateReply, type FieldErrors } from './validate-reply';
import { useT, type T } from '../i18n/i18n-context';
import { rejectionMessage } from './rejection-message';

type FieldElement = HTMLInputElement | HTMLTextAreaElement;

const errorsOf = (fields: DraftFields, parentId: string | null, key: string, t: T): FieldErrors => {
  const result = validateReply(inputFromFields(fields, parentId, key), t);
  return result.ok ? {} : result.errors;
};

/**
 * The state of one reply form and everything that keeps it safe: the draft saved as the reader
 * types (and at once on blur, `pagehide` and when the tab is hidden), other tabs' changes taken
 * in unless the reader is typing here, and the outbox's answers turned into messages and focus.
 */
export function useReplyForm({
  slug,
  parentId,
  onPosted,
}: {
  slug: string;
  parentId: string | null;
  onPosted?: (comment: Comment) => void;
}) {
  const runtime = useReplyRuntime();
  const t = useT();
  const { drafts, outbox, storage, source } = runtime;
  const local = useLocalState(runtime);
  const persistent = useStoragePersistent(runtime);
  const address = useMemo(() => ({ slug, parentId }), [slug, parentId]);
  const [state, dispatch] = useReducer(replyFormReducer, undefined, () =>
    initialFormState(drafts.read(address), readIdentity(storage, source.id), newIdempotencyKey()),
  );
  const saver = useMemo(() => createDraftSaver(drafts, address), [drafts, address]);
  const fieldRefs: Record<DraftField, RefObject<FieldElement | null>> = {
    body: useRef(null),
    name: useRef(null),
    email: useRef(null),
    url: useRef(null),
  };
  const focusField = (field: DraftField) => fieldRefs[field].current?.focus();

  // Saved at once whenever the page may be going away; the debounce covers a killed browser.
  useEffect(() => {
    const onHide = () => saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      saver.flush();
    };
  }, [saver]);

  // Another tab typed, or the outbox settled the draft: take it, unless the reader is typing.
  useEffect(
    () =>
      drafts.subscribe((changed) => {
        if ((changed && !sameAddress(changed, address)) || saver.pending) return;
        dispatch({ type: 'adopt', draft: drafts.read(address), newKey: newIdempotencyKey() });
      }),
    [drafts, address, saver],
  );

  const outcome = local.outcomes.get(addressKey(address));
  // A reply posted before this form opened is old news; a refusal is still worth telling.
  const handledSeq = useRef(outcome?.type === 'posted' ? outcome.seq : 0);
  useEffect(() => {
    if (!outcome || outcome.seq <= handledSeq.current) return;
    handledSeq.current = outcome.seq;
    if (state.key === outcome.key && (outcome.type === 'posted' || isKeyReused(outcome))) {
      // The key now stands for what the server has: what is typed here needs a new one.
      const key = newIdempotencyKey();
      saver.schedule({ ...contentOf(state), idempotencyKey: key });
      saver.flush();
      if (outcome.type === 'posted') {
        dispatch({
          type: 'new-key',
          key,
          notice: t('form.postedEditedKept'),
        });
        return;
      }
      dispatch({ type: 'new-key', key, notice: '' });
    }
    if (outcome.type === 'posted') {
      const held = outcome.comment.status === 'pending';
      dispatch({
        type: 'posted',
        notice: held ? t('form.postedPending') : t('form.posted'),
      });
      if (!drafts.has(address)) onPosted?.(outcome.comment);
      return;
    }
    const { rejection } = outcome;
    const field = fieldOfApiPath(rejection.field);
    const message = rejectionMessage(rejection, t);
    dispatch({
      type: 'refused',
      errors: field ? { [field]: message } : {},
      problem: field ? undefined : message,
      clearHoneypot: rejection.code === 'spam_suspected',
    });
    if (field) focusField(field);
    // Only the outcome matters here; the rest is read as it is when it arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outcome]);

  /** Applies an action and saves the draft it leads to, debounced. */
  const change = (action: ReplyFormAction) => {
    dispatch(action);
    saver.schedule(contentOf(replyFormReducer(state, action)));
  };

  const edit = (field: DraftField, value: string) => {
    const fields = { ...state.fields, [field]: value };
    change({
      type: 'edit',
      field,
      value,
      errors: state.validating ? errorsOf(fields, parentId, state.key, t) : undefined,
    });
  };

  const send = () => {
    const result = validateReply(
      inputFromFields(state.fields, parentId, state.key, state.honeypot),
      t,
    );
    if (!result.ok) {
      const count = Object.keys(result.errors).length;
      dispatch({
        type: 'invalid',
        errors: result.errors,
        problem: result.general,
        notice: t('form.fieldsNeedChange', { count }),
      });
      const first = fieldOrder.find((field) => result.errors[field]);
      if (first) focusField(first);
      return;
    }
    saver.cancel();
    drafts.save(address, contentOf(state));
    const { name, email, url } = state.fields;
    rememberIdentity(storage, source.id, state.remember ? { name, email, url } : null);
    dispatch({ type: 'sending', notice: t('form.sending') });
    outbox.submit(slug, result.value);
  };

  const discard = () => {
    saver.cancel();
    outbox.withdraw(state.key);
    drafts.remove(address);
    dispatch({
      type: 'discard',
      identity: readIdentity(storage, source.id),
      newKey: newIdempotencyKey(),
      notice: t('form.draftDiscarded'),
    });
    focusField('body');
  };

  return {
    state,
    fieldRefs,
    /** This draft's reply in the outbox, if it is waiting or on its way. */
    entry: local.outbox.entries.find((e) => e.input.idempotencyKey === state.key),
    sending: local.outbox.sending.has(state.key),
    persistent,
    edit,
    setRemember: (value: boolean) => change({ type: 'remember', value }),
    setHoneypot: (value: string) => dispatch({ type: 'honeypot', value }),
    flush: () => saver.flush(),
    send,
    discard,
  };
}

const isKeyReused = (outcome: Outcome) =>
  outcome.type === 'rejected' && outcome.rejection.code === 'idempotency_key_reused';

/** False once the browser's storage has failed: drafts then live in this page only. */
function useStoragePersistent(runtime: ReplyRuntime): boolean {
  const persistent = () => runtime.drafts.persistent;
  return useSyncExternalStore(runtime.drafts.subscribe, persistent, persistent);
}
