import { useRef } from 'react';

export const threadShortcuts = [
  ['j', 'Next comment'],
  ['k', 'Previous comment'],
  ['c', 'Collapse or expand the focused comment’s thread'],
  ['?', 'Show these shortcuts'],
] as const;

/** A "?" button that opens the list of keyboard shortcuts in a modal dialog. */
export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label="Keyboard shortcuts"
        aria-haspopup="dialog"
        data-keyboard-help
        onClick={() => dialog.current?.showModal()}
      >
        ?
      </button>
      <dialog ref={dialog} className="keyboard-help" aria-labelledby="keyboard-help-title">
        <h2 id="keyboard-help-title">Keyboard shortcuts</h2>
        <dl>
          {threadShortcuts.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p>Shortcuts work while you are not typing in a form.</p>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
