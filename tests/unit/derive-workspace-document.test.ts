import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../prisma/seed-data/yangquan-2026';
import { deriveDocument } from '../../lib/domain/derive-document';
import { deriveWorkspaceDocument } from '../../lib/data/entry/derive-workspace-document';

describe('the workspace document memo', () => {
  it('derives once per input content and again for any change', () => {
    const input = yangquanInput();
    const first = deriveWorkspaceDocument(input, 'shanxi');
    expect(first).toEqual(deriveDocument(input));
    expect(deriveWorkspaceDocument(structuredClone(input), 'shanxi')).toBe(first);
    const changed = structuredClone(input);
    const line = changed.units[0].lines[0];
    line.amount = (BigInt(line.amount.split('.')[0]) + BigInt(1)).toString();
    const again = deriveWorkspaceDocument(changed, 'shanxi');
    expect(again).not.toBe(first);
    expect(again).toEqual(deriveDocument(changed));
    expect(again.tables[0]).not.toEqual(first.tables[0]);
  });

  it('keeps each template its own document', () => {
    const input = yangquanInput();
    const shanghai = deriveWorkspaceDocument(input, 'shanghai');
    expect(shanghai).not.toBe(deriveWorkspaceDocument(input, 'shanxi'));
    expect(shanghai).toEqual(deriveDocument(input, 'shanghai'));
    expect(shanghai.tables).toHaveLength(9);
  });
});
