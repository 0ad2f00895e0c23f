import 'server-only';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { etagBody, type EtagBody } from './etag-body';
import { EXPORT_BUTTONS_SCRIPT } from './export-buttons-script';
import type { PageAssets } from './public-page-html';

// The stylesheet and script of the public document page, served by app/api/public/assets under names
// that carry their content hash (so they can be cached for good). The stylesheet is the one the
// (public) layout imports, read from the same sources: the site's, the public pages', the download
// buttons' and the self-hosted Noto Sans SC faces (their font files served from the package).

export const ASSETS_PATH = '/api/public/assets/';
const FONT_PACKAGE = 'node_modules/@fontsource/noto-sans-sc';
const FONT_FILE = /^noto-sans-sc-[0-9a-z-]+-(?:400|700)-normal\.woff2?$/;
const STYLE_SOURCES = ['app/globals.css', 'app/(public)/public.css', 'components/document/export-buttons.css'];

export interface PageAsset {
  name: string;
  contentType: string;
  body: EtagBody;
}

const fromRoot = (p: string) => path.join(/* turbopackIgnore: true */ process.cwd(), p);
const hashed = (stem: string, ext: string, text: string) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;

async function buildAssets(): Promise<{ css: PageAsset; js: PageAsset }> {
  const fontFaces = await Promise.all(
    ['400.css', '700.css'].map(async (f) => (await readFile(fromRoot(`${FONT_PACKAGE}/${f}`), 'utf8')).replace(/url\(\.\/files\//g, `url(${ASSETS_PATH}`)),
  );
  const styles = await Promise.all(STYLE_SOURCES.map((f) => readFile(fromRoot(f), 'utf8')));
  const css = [...fontFaces, ...styles].join('\n');
  return {
    css: { name: hashed('page', 'css', css), contentType: 'text/css; charset=utf-8', body: etagBody(css) },
    js: { name: hashed('page', 'js', EXPORT_BUTTONS_SCRIPT), contentType: 'text/javascript; charset=utf-8', body: etagBody(EXPORT_BUTTONS_SCRIPT) },
  };
}

let assets: Promise<{ css: PageAsset; js: PageAsset }> | null = null;

function loadAssets() {
  assets ??= buildAssets().catch((e) => {
    assets = null;
    throw e;
  });
  return assets;
}

/** The URLs the page links to. */
export async function pageAssetUrls(): Promise<PageAssets> {
  const { css, js } = await loadAssets();
  return { css: ASSETS_PATH + css.name, js: ASSETS_PATH + js.name };
}

/** The stylesheet or script by its hashed name (an older hash gets the current one, not cached for good). */
export async function pageAsset(name: string): Promise<{ asset: PageAsset; current: boolean } | null> {
  const ext = /^page-[0-9a-f]{16}\.(css|js)$/.exec(name)?.[1];
  if (!ext) return null;
  const { css, js } = await loadAssets();
  const asset = ext === 'css' ? css : js;
  return { asset, current: asset.name === name };
}

/** A Noto Sans SC font file of the stylesheet, or null for any other name. */
export async function fontFile(name: string): Promise<Buffer | null> {
  if (!FONT_FILE.test(name)) return null;
  try {
    return await readFile(fromRoot(`${FONT_PACKAGE}/files/${name}`));
  } catch {
    return null;
  }
}
