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

export function freshReading<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const p = read();
    running = p;
    const clear = () => {
      if (running === p) running = null;
    };
    p.then(clear, clear);
    return p;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}

async function readStamp(db: PrismaClient): Promise<string> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT concat_ws('/',
      (SELECT count(*) FROM budget_version WHERE published_at IS NOT NULL),
      (SELECT max(published_at) FROM budget_version),
      (SELECT count(*) FROM department_version),
      (SELECT max(published_at) FROM department_version)) AS stamp`;
  return row.stamp;
}

const readers = new WeakMap<PrismaClient, () => Promise<string>>();

/** A stamp that changes whenever a unit or department version is published, read after the call began. */
export function publicationStamp(db: PrismaClient): Promise<string> {
  let reader = readers.get(db);
  if (!reader) {
    reader = freshReading(() => readStamp(db));
    readers.set(db, reader);
  }
  return reader();
}
