import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createSafeStorage } from './lib/safe-storage';
import { pickSource } from './sources/pick-source';
import { english, loadLanguage, pickLocale } from './i18n/locale';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must have an element with id "root".');

// The catalogue comes before the first render, so a Spanish reader never sees English first;
// if it cannot load, English is better than no page.
void loadLanguage(pickLocale(window.location.search, navigator.languages))
  .catch(() => english)
  .then((language) =>
    createRoot(root).render(
      <StrictMode>
        <App
          source={pickSource(window.location, import.meta.env)}
          queryClient={createQueryClient()}
          storage={createSafeStorage()}
          language={language}
        />
      </StrictMode>,
    ),
  );
