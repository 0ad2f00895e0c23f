import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';

// What every public page depends on besides its frozen version: which versions are published. Published
// rows are never changed or deleted (database triggers), so their counts and latest publication times
// change exactly when something is published, on whichever instance.
//
// By default a request never trusts a reading that started before it arrived: if a reading is running, the
// request waits for the next one, which starts when the running one ends (and minGapMs after the one before)
// and is shared by every request that arrived meanwhile. So a publication committed before a request is
// always seen, at the cost of at most one small query at a time per process, however many readers there
// are. With maxAgeMs a request may also take the last reading if it started at most that long before the
// request (refreshed in the background after half that age): no request then waits on the database in the
// steady state, and a publication is seen within maxAgeMs.

export interface ReadingOptions {
  minGapMs?: number;
  maxAgeMs?: number;
}

export function freshReading<T>(read: () => Promise<T>, { minGapMs = 0, maxAgeMs = 0 }: ReadingOptions = {}): () => Promise<T> {
  let running: Promise<T> | null = null;
  let startedAt = 0;
  let next: Promise<T> | null = null;
  let last: { value: T; startedAt: number } | null = null;
  const start = (): Promise<T> => {
    const at = Date.now();
    const p = read();
    running = p;
    startedAt = at;
    const clear = () => {
      if (running === p) running = null;
    };
    p.then(clear, clear);
    p.then(
      (value) => {
        if (!last || at >= last.startedAt) last = { value, startedAt: at };
      },
      () => undefined,
    );
    return p;
  };
  const gap = () => {
    const wait = startedAt + minGapMs - Date.now();
    return wait > 0 ? new Promise<void>((resolve) => setTimeout(resolve, wait)) : undefined;
  };
  return () => {
    const age = last ? Date.now() - last.startedAt : Infinity;
    if (last && age <= maxAgeMs) {
      if (!running && !next && age > maxAgeMs / 2) start();
      return Promise.resolve(last.value);
    }
    if (!running) return start();
    next ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(gap)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}

/** How far apart a process starts waiting stamp readings: at most 200 a second, 5 ms more wait at most. */
export const STAMP_GAP_MS = 5;

/** One row, one column: the stamp. Also read over a plain connection by lib/public-page/send-public-page.ts. */
export const PUBLICATION_STAMP_SQL = `SELECT concat_ws('/',
  (SELECT count(*) FROM budget_version WHERE published_at IS NOT NULL),
  (SELECT max(published_at) FROM budget_version),
  (SELECT count(*) FROM department_version),
  (SELECT max(published_at) FROM department_version)) AS stamp`;

async function readStamp(db: PrismaClient): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ stamp: string }[]>(PUBLICATION_STAMP_SQL);
  return row.stamp;
}

const readers = new WeakMap<PrismaClient, () => Promise<string>>();

/** A stamp that changes whenever a unit or department version is published, read after the call began. */
export function publicationStamp(db: PrismaClient): Promise<string> {
  let reader = readers.get(db);
  if (!reader) {
    reader = freshReading(() => readStamp(db), { minGapMs: STAMP_GAP_MS });
    readers.set(db, reader);
  }
  return reader();
}
