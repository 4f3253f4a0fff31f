import { createContext, use, type ReactNode } from 'react';
import type { Source } from './source';

const SourceContext = createContext<Source | null>(null);

export function SourceProvider({ source, children }: { source: Source; children: ReactNode }) {
  return <SourceContext value={source}>{children}</SourceContext>;
}

export function useSource(): Source {
  const source = use(SourceContext);
  if (!source) throw new Error('useSource must be used inside a SourceProvider.');
  return source;
}
