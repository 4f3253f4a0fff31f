import type { DraftAddress, DraftContent } from './draft-schema';
import type { DraftStore } from './draft-store';

/** Long enough to skip most keystrokes, short enough that a crash loses at most a word or two. */
export const draftSaveDelayMs = 300;

export interface DraftSaver {
  /** Saves `content` after the delay, replacing whatever was waiting. */
  schedule(content: DraftContent): void;
  /** Saves what is waiting now (blur, pagehide, the tab going to the background, send). */
  flush(): void;
  /** Forgets what is waiting, unsaved. */
  cancel(): void;
  /** True while typed text is not yet in storage. */
  readonly pending: boolean;
}

/** Debounced saving of one form's draft. */
export function createDraftSaver(
  store: DraftStore,
  address: DraftAddress,
  delayMs = draftSaveDelayMs,
): DraftSaver {
  let waiting: DraftContent | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const saver: DraftSaver = {
    get pending() {
      return waiting !== null;
    },
    schedule(content) {
      waiting = content;
      clearTimeout(timer);
      timer = setTimeout(saver.flush, delayMs);
    },
    flush() {
      clearTimeout(timer);
      if (waiting === null) return;
      const content = waiting;
      waiting = null;
      store.save(address, content);
    },
    cancel() {
      clearTimeout(timer);
      waiting = null;
    },
  };
  return saver;
}
