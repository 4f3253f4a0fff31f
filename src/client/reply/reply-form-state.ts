import type { DraftContent, DraftField, DraftFields, StoredDraft } from '../drafts/draft-schema';
import type { Identity } from '../drafts/identity';
import type { FieldErrors } from './validate-reply';

/** One reply form: what is typed, and what the reader has been told about it. */
export interface ReplyFormState {
  fields: DraftFields;
  remember: boolean;
  /** The idempotency key of this draft: made with it, kept through every retry. */
  key: string;
  /** The honeypot's value; never saved in the draft. */
  honeypot: string;
  errors: FieldErrors;
  /** After a first Send, messages follow the reader's corrections as they type. */
  validating: boolean;
  /** The form opened on a saved draft: "Draft restored · Discard". */
  restored: boolean;
  /** A refusal from the server that belongs to no field. */
  problem: string | undefined;
  /** What the polite live region says. */
  notice: string;
}

export type ReplyFormAction =
  | { type: 'edit'; field: DraftField; value: string; errors?: FieldErrors }
  | { type: 'remember'; value: boolean }
  | { type: 'honeypot'; value: string }
  /** The stored draft changed under us (another tab, or the outbox settled it). */
  | { type: 'adopt'; draft: StoredDraft | undefined; newKey: string }
  | { type: 'invalid'; errors: FieldErrors; problem: string | undefined; notice: string }
  | { type: 'sending'; notice: string }
  | { type: 'refused'; errors: FieldErrors; problem: string | undefined; clearHoneypot: boolean }
  | { type: 'posted'; notice: string }
  | { type: 'new-key'; key: string; notice: string }
  | { type: 'discard'; identity: Identity | undefined; newKey: string; notice: string };

export function initialFormState(
  draft: StoredDraft | undefined,
  identity: Identity | undefined,
  newKey: string,
): ReplyFormState {
  return {
    fields: draft?.fields ?? { body: '', ...(identity ?? { name: '', email: '', url: '' }) },
    remember: draft?.remember ?? identity !== undefined,
    key: draft?.idempotencyKey ?? newKey,
    honeypot: '',
    errors: {},
    validating: false,
    restored: draft !== undefined,
    problem: undefined,
    // The "Draft restored" line says so; a live region would not announce it on first render.
    notice: '',
  };
}

export const contentOf = (state: ReplyFormState): DraftContent => ({
  fields: state.fields,
  remember: state.remember,
  idempotencyKey: state.key,
});

export function replyFormReducer(state: ReplyFormState, action: ReplyFormAction): ReplyFormState {
  switch (action.type) {
    case 'edit':
      return {
        ...state,
        fields: { ...state.fields, [action.field]: action.value },
        errors: action.errors ?? state.errors,
      };
    case 'remember':
      return { ...state, remember: action.value };
    case 'honeypot':
      return { ...state, honeypot: action.value };
    case 'adopt': {
      const { draft } = action;
      if (!draft) {
        // Gone elsewhere (posted, discarded, expired): the text goes, the reader's name stays.
        if (state.fields.body === '') return { ...state, key: action.newKey };
        return {
          ...state,
          fields: { ...state.fields, body: '' },
          key: action.newKey,
          restored: false,
          errors: {},
          problem: undefined,
        };
      }
      const same =
        draft.idempotencyKey === state.key &&
        draft.remember === state.remember &&
        JSON.stringify(draft.fields) === JSON.stringify(state.fields);
      if (same) return state;
      return {
        ...state,
        fields: draft.fields,
        remember: draft.remember,
        key: draft.idempotencyKey,
      };
    }
    case 'invalid':
      return {
        ...state,
        errors: action.errors,
        problem: action.problem,
        validating: true,
        notice: action.notice,
      };
    case 'sending':
      return { ...state, errors: {}, problem: undefined, validating: true, notice: action.notice };
    case 'refused':
      return {
        ...state,
        errors: action.errors,
        problem: action.problem,
        honeypot: action.clearHoneypot ? '' : state.honeypot,
        notice: action.problem ?? Object.values(action.errors)[0] ?? '',
      };
    case 'posted':
      return {
        ...state,
        restored: false,
        validating: false,
        errors: {},
        problem: undefined,
        notice: action.notice,
      };
    case 'new-key':
      return { ...state, key: action.key, notice: action.notice };
    case 'discard':
      return {
        ...state,
        fields: { body: '', ...(action.identity ?? pickIdentity(state.fields)) },
        key: action.newKey,
        restored: false,
        validating: false,
        errors: {},
        problem: undefined,
        notice: action.notice,
      };
  }
}

const pickIdentity = ({ name, email, url }: DraftFields): Identity => ({ name, email, url });
