// Every date a user reads is Beijing time (Asia/Shanghai), whatever the server's time zone: a document
// published at 07:30 Beijing time is dated that day, not the UTC day before.

const ZONE = 'Asia/Shanghai';

const dateFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, year: 'numeric', month: 'long', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const asDate = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d);

/** 2026年11月30日 */
export function beijingDate(d: Date | string): string {
  return dateFormat.format(asDate(d));
}

/** 2026年11月30日 08:05 */
export function beijingDateTime(d: Date | string): string {
  return dateTimeFormat.format(asDate(d));
}

const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** 2026-11-30: the Beijing calendar day, for day arithmetic (lib/domain works on these). */
export function beijingIsoDate(d: Date | string): string {
  return isoDateFormat.format(asDate(d));
}
