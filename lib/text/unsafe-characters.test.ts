import { describe, expect, it } from 'vitest';
import { firstUnsafeCharacter, normaliseLineEnds, stripUnsafeCharacters } from './unsafe-characters';

describe('unsafe characters', () => {
  it('finds controls, non-characters and lone surrogates', () => {
    expect(firstUnsafeCharacter('a\u0000b', true)).toBe('U+0000');
    expect(firstUnsafeCharacter('说明\uFFFE', true)).toBe('U+FFFE');
    expect(firstUnsafeCharacter('\uFFFF', false)).toBe('U+FFFF');
    expect(firstUnsafeCharacter('x\u001Bx', true)).toBe('U+001B');
    expect(firstUnsafeCharacter('x\u0085', true)).toBe('U+0085');
    expect(firstUnsafeCharacter('\uD800x', true)).toBe('U+D800');
    expect(firstUnsafeCharacter('\uDC00', true)).toBe('U+DC00');
  });

  it('lets multi-line text keep \\n and \\t, and single-line text neither', () => {
    expect(firstUnsafeCharacter('第一行\n第二行\t缩进', true)).toBeNull();
    expect(firstUnsafeCharacter('第一行\n第二行', false)).toBe('U+000A');
    expect(firstUnsafeCharacter('a\tb', false)).toBe('U+0009');
  });

  it('accepts ordinary Chinese, emoji (paired surrogates) and markup', () => {
    expect(firstUnsafeCharacter('项目名称<script>alert(1)</script> 😀 =HYPERLINK("x")', false)).toBeNull();
  });

  it('normalises line ends and strips for writers', () => {
    expect(normaliseLineEnds('a\r\nb\rc')).toBe('a\nb\nc');
    expect(stripUnsafeCharacters('a\u0000b\uFFFEc\n\td😀')).toBe('abc\n\td😀');
  });
});
