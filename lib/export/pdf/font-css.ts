import { readFileSync } from 'node:fs';
import path from 'node:path';

// Self-hosted Noto Sans SC from @fontsource (woff2 subsets by unicode-range): the print page asks for
// /fonts/<file>, which the PDF printer answers from node_modules. No network is involved.

export const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc');
const WEIGHTS = ['400', '700'];
let css: string | null = null;

export function fontFaceCss(): string {
  css ??= WEIGHTS.map((w) =>
    readFileSync(path.join(FONT_DIR, `${w}.css`), 'utf8')
      .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\), url\([^)]+\) format\('woff'\)/g, "url(/fonts/$1) format('woff2')")
      .replace(/font-display: swap;/g, 'font-display: block;'),
  ).join('\n');
  return css;
}

/** The woff2 file for a /fonts/<name> request, or null for anything that is not one of ours. */
export function fontFile(name: string): Buffer | null {
  if (!/^noto-sans-sc-[\w-]+\.woff2$/.test(name)) return null;
  try {
    return readFileSync(path.join(FONT_DIR, 'files', name));
  } catch {
    return null;
  }
}
