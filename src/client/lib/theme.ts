import type { Theme } from '../../core/embed-protocol';

/** Light or dark for Parley's pages; "auto" follows the system (prefers-color-scheme). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
