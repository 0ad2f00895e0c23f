import type { Prisma } from '../../generated/prisma/client';
import { deriveDocument } from '../../domain/derive-document';
import type { DerivedDocument, DisclosureInput, UnitBudget } from '../../domain/types';
import { loadYearCatalogs } from '../budget/load-disclosure-input';
import { loadUnitBudget } from '../budget/load-unit-budget';

type Tx = Prisma.TransactionClient;

export interface FrozenBudget {
  snapshot: UnitBudget;
  document: DerivedDocument;
}

/** The unit budget as it stands inside the transaction and the 单位 document derived from it. */
export async function freezeBudget(tx: Tx, budgetId: string, year: number): Promise<FrozenBudget> {
  const snapshot = await loadUnitBudget(tx, budgetId);
  const input: DisclosureInput = { year, scope: 'UNIT', org: snapshot.unit, units: [snapshot], catalogs: await loadYearCatalogs(tx, year) };
  return { snapshot, document: deriveDocument(input) };
}

/** The failing blocking checks, named for a Chinese message. */
export function failingBlockingChecks(document: DerivedDocument): string[] {
  return document.checks.filter((c) => c.severity === 'BLOCKING' && !c.passed).map((c) => `${c.name}（${c.message}）`);
}

export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
