import { useRef } from 'react';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/en';
import { actionHooks } from '../lib/page-signals';

const shortcuts: readonly (readonly [string, MessageKey])[] = [
  ['j', 'shortcuts.next'],
  ['k', 'shortcuts.previous'],
  ['c', 'shortcuts.collapse'],
  ['?', 'shortcuts.help'],
];

/** A "?" button that opens the list of keyboard shortcuts in a modal dialog. */
export function KeyboardHelp() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('shortcuts.button')}
        {...actionHooks('shortcuts')}
        aria-haspopup="dialog"
        data-keyboard-help
        onClick={() => dialog.current?.showModal()}
      >
        ?
      </button>
      <dialog ref={dialog} className="keyboard-help" aria-labelledby="keyboard-help-title">
        <h2 id="keyboard-help-title">{t('shortcuts.title')}</h2>
        <dl>
          {shortcuts.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('shortcuts.note')}</p>
        <form method="dialog">
          <button type="submit" className="button">
            {t('shortcuts.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
