import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';

// What every public page depends on besides its frozen version: which versions are published. Published
// rows are never changed or deleted (database triggers), so their counts and latest publication times
// change exactly when something is published, on whichever instance.
//
// A request never trusts a reading that started before it arrived: if a reading is running, the request
// waits for the next one, which starts when the running one ends and is shared by every request that
// arrived meanwhile. So a publication committed before a request is always seen, at the cost of at most
// one small query at a time per process, however many readers there are.

/**
 * A reading that never answers a call with a result read before the call. minGapMs spaces the start of a
 * waiting reading from the start of the one before it, so that under load each reading serves more calls.
 */
export function freshReading<T>(read: () => Promise<T>, minGapMs = 0): () => Promise<T> {
  let running: Promise<T> | null = null;
  let startedAt = 0;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const p = read();
    running = p;
    startedAt = Date.now();
    const clear = () => {
      if (running === p) running = null;
    };
    p.then(clear, clear);
    return p;
  };
  const gap = () => {
    const wait = startedAt + minGapMs - Date.now();
    return wait > 0 ? new Promise<void>((resolve) => setTimeout(resolve, wait)) : undefined;
  };
  return () => {
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
    reader = freshReading(() => readStamp(db), STAMP_GAP_MS);
    readers.set(db, reader);
  }
  return reader();
}
