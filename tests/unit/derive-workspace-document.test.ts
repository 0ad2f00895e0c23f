import { describe, expect, it } from 'vitest';
import { yangquanInput } from '../../prisma/seed-data/yangquan-2026';
import { deriveDocument } from '../../lib/domain/derive-document';
import { deriveWorkspaceDocument } from '../../lib/data/entry/derive-workspace-document';

describe('the workspace document memo', () => {
  it('derives once per input content and again for any change', () => {
    const input = yangquanInput();
    const first = deriveWorkspaceDocument(input);
    expect(first).toEqual(deriveDocument(input));
    expect(deriveWorkspaceDocument(structuredClone(input))).toBe(first);
    const changed = structuredClone(input);
    const line = changed.units[0].lines[0];
    line.amount = (BigInt(line.amount.split('.')[0]) + BigInt(1)).toString();
    const again = deriveWorkspaceDocument(changed);
    expect(again).not.toBe(first);
    expect(again).toEqual(deriveDocument(changed));
    expect(again.tables[0]).not.toEqual(first.tables[0]);
  });
});
