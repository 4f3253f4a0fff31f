import { createApiSource } from './api-source';
import { createStaticSource } from './static-source';
import type { Source } from './source';

/**
 * The source this page reads from: the static JSON files when the build says so
 * (VITE_PARLEY_SOURCE=static) or the address asks for it (?source=static), else Parley's API.
 */
export function pickSource(location: Location, env: ImportMetaEnv): Source {
  const asked = new URLSearchParams(location.search).get('source');
  if (asked === 'static' || env.VITE_PARLEY_SOURCE === 'static')
    return createStaticSource(env.BASE_URL);
  return createApiSource();
}
