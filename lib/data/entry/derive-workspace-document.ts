import 'server-only';
import { createHash } from 'node:crypto';
import { deriveDocument } from '../../domain/derive-document';
import type { PhraseOverrides } from '../../domain/templates/fixed-phrases';
import type { DerivedDocument, DisclosureInput } from '../../domain/types';

// The workspace shows the derived document beside the data on every load; deriving thousands of lines
// takes far longer than hashing them. The key is the input's content (plain JSON: strings, numbers,
// arrays, no Map or Decimal), so a changed budget or catalogue is a new key and an entry is never stale.
// Per process, a few entries, oldest out first. The result is shared: callers must not mutate it.
// Every budget write derives through it too (budget-summary.ts), so the page reloaded after a save finds
// its document derived: the same content gives the same key, whichever read it came from.

const LIMIT = 8;
const derived = new Map<string, DerivedDocument>();

export function deriveWorkspaceDocument(input: DisclosureInput, templateId: string, phrases?: PhraseOverrides): DerivedDocument {
  const key = createHash('sha256')
    .update(templateId)
    .update(JSON.stringify(phrases ?? {}))
    .update(JSON.stringify(input))
    .digest('base64');
  const hit = derived.get(key);
  if (hit) return hit;
  const doc = deriveDocument(input, templateId, phrases);
  derived.set(key, doc);
  if (derived.size > LIMIT) derived.delete(derived.keys().next().value as string);
  return doc;
}
