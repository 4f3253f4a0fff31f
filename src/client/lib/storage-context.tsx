import { createContext, use, type ReactNode } from 'react';
import type { SafeStorage } from './safe-storage';

const StorageContext = createContext<SafeStorage | null>(null);

/** One storage wrapper per app, so tests can give each render a storage of its own. */
export function StorageProvider({
  storage,
  children,
}: {
  storage: SafeStorage;
  children: ReactNode;
}) {
  return <StorageContext value={storage}>{children}</StorageContext>;
}

export function useStorage(): SafeStorage {
  const storage = use(StorageContext);
  if (!storage) throw new Error('useStorage must be used inside a StorageProvider.');
  return storage;
}
