import { Lang } from '../core/model/text';

/** German unless Office runs in English (the display language, e.g. "en-US"). */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Relative luminance of a `#rrggbb` colour below one half counts as dark. */
export function isDarkColour(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((hex) => parseInt(hex ?? '0', 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
