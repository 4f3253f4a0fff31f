import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { readFirstView, seedFirstView } from './embed/first-view';
import { openDurableStorage } from './lib/durable-storage';
import { preloadReplyForm } from './reply';
import { pickSource } from './sources/pick-source';
import { english, loadLanguage, pickLocale } from './i18n/locale';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must have an element with id "root".');

const source = pickSource(window.location, import.meta.env);
const queryClient = createQueryClient();
// The server rendered this embed's first view: start from its data, and render over it only
// once the form's code is here too, so the form never flickers through a placeholder.
const firstView = readFirstView(document);
if (firstView) seedFirstView(queryClient, source, firstView);

// The catalogue comes before the first render, so a Spanish reader never sees English first;
// if it cannot load, English is better than no page. Stored drafts come before it too, so a
// form opens with its draft, never empty and then filled.
void Promise.all([
  loadLanguage(pickLocale(window.location.search, navigator.languages)).catch(() => english),
  openDurableStorage(),
  firstView && preloadReplyForm().catch(() => undefined),
  // Only an embed over its first view carries anything over: the reader never downloads it.
  firstView && import('./embed/carry-over').catch(() => undefined),
]).then(([language, storage, , carryOver]) => {
  const app = (
    <StrictMode>
      <App source={source} queryClient={queryClient} storage={storage} language={language} />
    </StrictMode>
  );
  const reactRoot = createRoot(root);
  if (!carryOver) {
    reactRoot.render(app);
    return;
  }
  // Over a first view, in one synchronous commit: what the reader sees is replaced in place,
  // and what they did to it meanwhile is done again in the app.
  const enterTyping = carryOver.carryOverTyping(root);
  flushSync(() => reactRoot.render(app));
  enterTyping();
  carryOver.replayEarlyClick(root);
});
