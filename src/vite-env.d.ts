/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "static" builds a copy that reads public/articles/*.json instead of the API. */
  readonly VITE_PARLEY_SOURCE?: string;
}
