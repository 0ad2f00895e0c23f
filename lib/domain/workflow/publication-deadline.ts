// 预算法 第十四条: a budget is made public within 20 days of its 批复. Days are Beijing calendar days
// ('YYYY-MM-DD'), the 批复 day being day 0: approved on 11-01, the last day to publish is 11-21.

export const PUBLICATION_DAYS = 20;

export type DeadlineState = 'OPEN' | 'DUE_TODAY' | 'OVERDUE';

export interface PublicationDeadline {
  dueDate: string; // YYYY-MM-DD, Beijing
  /** Days left until the due date (0 on it, negative once overdue). */
  daysLeft: number;
  state: DeadlineState;
  label: string; // 剩余N天 / 今日到期 / 已逾期N天
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new Error(`not a calendar date: ${date}`);
  return t / DAY_MS;
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The publication deadline of a budget approved on `approvedOn`, as seen on `today` (both Beijing dates). */
export function publicationDeadline(approvedOn: string, today: string): PublicationDeadline {
  const due = dayNumber(approvedOn) + PUBLICATION_DAYS;
  const daysLeft = due - dayNumber(today);
  const state: DeadlineState = daysLeft > 0 ? 'OPEN' : daysLeft === 0 ? 'DUE_TODAY' : 'OVERDUE';
  const label = state === 'OPEN' ? `剩余${daysLeft}天` : state === 'DUE_TODAY' ? '今日到期' : `已逾期${-daysLeft}天`;
  return { dueDate: dateOfDay(due), daysLeft, state, label };
}
