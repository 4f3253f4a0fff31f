import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { afterAll } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/client/app/app';
import { createSafeStorage } from '../../src/client/lib/safe-storage';
import { preloadReplyForm } from '../../src/client/reply';
import { createApiSource } from '../../src/client/sources/api-source';
import type { Source } from '../../src/client/sources/source';
import type { ParleyApp } from '../../src/server/app';
import { loadLanguage, type Locale } from '../../src/client/i18n/locale';

/** An API source whose requests go to a real Parley app in-process, not over the network. */
export function sourceFor(app: ParleyApp): Source {
  return createApiSource('http://parley.test', (input, init) =>
    Promise.resolve(app.request(input, init)),
  );
}

// The app loads the reply form's code once the comments are in: a file whose last test ends
// just then must let that import finish, or it lands after the test environment is gone.
afterAll(() => preloadReplyForm().catch(() => undefined));

// Loaded as main.tsx loads them (Spanish through its dynamic import), once for every test.
const languages = { en: await loadLanguage('en'), es: await loadLanguage('es') };

/** Renders the whole client at `path`, with a query client that does not retry. */
export function renderApp(source: Source, path: string, locale: Locale = 'en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const location = memoryLocation({ path });
  return render(
    <Router hook={location.hook}>
      <App
        source={source}
        queryClient={queryClient}
        storage={createSafeStorage()}
        language={languages[locale]}
      />
    </Router>,
  );
}
