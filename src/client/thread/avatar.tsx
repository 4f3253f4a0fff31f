const avatarHues = 12;

/**
 * Initials on a colour picked from a hash of the name: no image, no third-party request. The
 * colour is one of twelve classes, not a style attribute: the server renders avatars into the
 * embed's HTML, where the page's policy (style-src 'self') refuses inline styles.
 */
export function Avatar({ name }: { name: string }) {
  return (
    <span className={`avatar avatar--hue-${hueOf(name)}`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words.slice(0, 1);
  return letters.map((w) => Array.from(w)[0]!.toLocaleUpperCase()).join('') || '?';
}

/** FNV-1a over the name: the same name always gets the same colour (0 to avatarHues - 1). */
export function hueOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % avatarHues;
}
