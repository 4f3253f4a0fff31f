import { useEffect } from 'react';
import * as v from 'valibot';
import type { Theme } from '../../core/embed-protocol';
import { useT } from '../i18n/i18n-context';
import { applyTheme } from '../lib/theme';
import { useStoredValue } from '../lib/use-stored-value';

const themeSchema = v.picklist(['auto', 'light', 'dark']);
const themes: readonly Theme[] = ['auto', 'light', 'dark'];
const initial: Theme = 'auto';

/** System, light or dark; the choice is remembered in this browser. */
export function ThemeSwitch() {
  const t = useT();
  const [theme, setTheme] = useStoredValue('pref:theme', themeSchema, initial);
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <label className="theme-switch">
      <span className="theme-switch__label">{t('theme.label')}</span>
      <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
        {themes.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
