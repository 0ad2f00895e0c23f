// What the benchmarks share: the median of their runs, waiting for a server they started, and the column
// order they write expenditure lines in with raw SQL (the reference inserts).

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} 在 ${timeoutMs} ms 内没有就绪`);
}

/** expenditure_line's columns in the order the benchmarks' raw rows give them. */
export const EXPENDITURE_LINE_COLUMNS = [
  'id',
  'budget_id',
  'year',
  'line_key',
  'sort_order',
  'function_code',
  'kind',
  'project_id',
  'dept_econ_code',
  'gov_econ_code',
  'source',
  'timing',
  'amount',
];
