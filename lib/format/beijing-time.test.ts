import { describe, expect, it } from 'vitest';
import { beijingDate, beijingDateTime, beijingIsoDate } from './beijing-time';

describe('Beijing time', () => {
  it('dates a publication before 08:00 Beijing time on its Beijing day, not the UTC day before', () => {
    const early = '2026-11-29T23:30:00.000Z'; // 2026-11-30 07:30 in Beijing
    expect(beijingDate(early)).toBe('2026年11月30日');
    expect(beijingDateTime(new Date(early))).toBe('2026年11月30日 07:30');
  });

  it('keeps the day for a late-evening publication', () => {
    expect(beijingDate(new Date('2026-11-30T15:59:00Z'))).toBe('2026年11月30日');
    expect(beijingDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026年12月1日');
  });

  it('gives the Beijing calendar day as YYYY-MM-DD for day arithmetic', () => {
    expect(beijingIsoDate('2026-11-29T23:30:00.000Z')).toBe('2026-11-30');
    expect(beijingIsoDate(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
    expect(beijingIsoDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });
});
