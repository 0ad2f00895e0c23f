import { describe, expect, it } from 'vitest';
import { freshReading } from './publication-stamp';

/** A reading whose calls are answered by hand, numbered from 1. */
function manualReads() {
  const pending: ((n: number) => void)[] = [];
  const read = () => new Promise<number>((resolve) => pending.push(resolve));
  const answer = async (i: number) => {
    pending[i - 1](i);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { read, answer, started: () => pending.length };
}

describe('freshReading', () => {
  it('never answers a call with a reading that started before it, and shares one reading among waiting calls', async () => {
    const m = manualReads();
    const get = freshReading(m.read);
    const first = get();
    const second = get();
    const third = get();
    expect(m.started()).toBe(1); // the next reading waits for the running one
    await m.answer(1);
    expect(await first).toBe(1);
    expect(m.started()).toBe(2);
    const fourth = get(); // arrived while reading 2 runs: it gets reading 3
    await m.answer(2);
    expect([await second, await third]).toEqual([2, 2]);
    await m.answer(3);
    expect(await fourth).toBe(3);
    const fifth = get(); // nothing running: a reading of its own at once
    expect(m.started()).toBe(4);
    await m.answer(4);
    expect(await fifth).toBe(4);
  });

  it('passes a failed reading to its callers and reads again for later ones', async () => {
    let n = 0;
    const get = freshReading(async () => {
      n++;
      if (n === 1) throw new Error('数据库不可用');
      return n;
    });
    await expect(get()).rejects.toThrow('数据库不可用');
    expect(await get()).toBe(2);
  });
});

describe('freshReading with a gap', () => {
  it('starts a waiting reading no sooner than the gap after the one before it', async () => {
    const starts: number[] = [];
    const get = freshReading(
      async () => {
        starts.push(Date.now());
        await new Promise((r) => setTimeout(r, 1));
        return starts.length;
      },
      { minGapMs: 40 },
    );
    const first = get();
    const second = get();
    expect([await first, await second]).toEqual([1, 2]);
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(39);
  });
});

describe('freshReading with a maximum age', () => {
  it('answers from the last reading while it is young enough, refreshing it in the background', async () => {
    let n = 0;
    const get = freshReading(async () => ++n, { maxAgeMs: 60 });
    expect(await get()).toBe(1);
    expect(await get()).toBe(1); // young: no query
    expect(n).toBe(1);
    await new Promise((r) => setTimeout(r, 40));
    expect(await get()).toBe(1); // past half its age: still answered, a new reading starts
    await new Promise((r) => setTimeout(r, 5));
    expect(n).toBe(2);
    expect(await get()).toBe(2);
    await new Promise((r) => setTimeout(r, 80));
    expect(await get()).toBe(3); // too old: waits for a reading of its own
  });
});
