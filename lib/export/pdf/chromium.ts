import { chromium, type Browser } from 'playwright-core';

// One headless Chromium per process, launched on first use and closed after a quiet minute. The
// browser gets no network: the print page and its fonts are served by request interception.

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const IDLE_MS = 60_000;

let browser: Promise<Browser> | null = null;
let users = 0;
let idleTimer: NodeJS.Timeout | null = null;

async function launch(): Promise<Browser> {
  const b = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
  b.on('disconnected', () => {
    browser = null;
  });
  return b;
}

/** Runs fn with the shared browser; the browser stays up while anyone uses it. */
export async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  users++;
  try {
    browser ??= launch().catch((e: unknown) => {
      browser = null;
      throw new Error(`无法启动 Chromium（${EXECUTABLE}）生成 PDF：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    });
    return await fn(await browser);
  } finally {
    users--;
    if (users === 0) {
      idleTimer = setTimeout(() => void closeBrowser(), IDLE_MS);
      idleTimer.unref();
    }
  }
}

export async function closeBrowser(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const b = browser;
  browser = null;
  if (b) await (await b).close().catch(() => undefined);
}
