import { describe, expect, it } from 'vitest';
import { csvField } from './expenditure-lines-csv';

describe('csvField', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点我")', `"'=HYPERLINK(""http://evil.example"",""点我"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j in a text column', (value, expected) => {
    expect(csvField(value, 6)).toBe(expected);
  });

  it('leaves ordinary text, codes and amounts alone', () => {
    expect(csvField('食品安全监督抽检', 6)).toBe('食品安全监督抽检');
    expect(csvField('2013801', 2)).toBe('2013801');
    expect(csvField('-1250.00', 13)).toBe('-1250.00');
    expect(csvField('a,b', 1)).toBe('"a,b"');
  });
});
