import { amountRules, runChecks } from './checks';
import { deriveNarrative } from './narrative';
import { deriveProjectTables } from './projects';
import { buildContext, tablesOf } from './tables';
import { getTemplate, templateTables } from './templates';
import type { PhraseOverrides } from './templates/fixed-phrases';
import { shanghaiNarrative } from './templates/shanghai/narrative';
import type { DerivedDocument, DisclosureInput } from './types';

/**
 * The whole disclosure document: the one derivation every preview, page and export reads.
 * With an invalid amount nothing can be derived: the document then carries only the checks
 * that name the invalid amounts. The template (default 山西) only lays the tables out: the
 * cross-checks always run on the same exact sums, read through the thirteen base tables.
 * `phrases` (the year's overrides of the template's fixed phrases) are recorded in the document, so its
 * headings print as frozen; without overrides the document is exactly the template's.
 */
export function deriveDocument(input: DisclosureInput, templateId?: string, phrases?: PhraseOverrides): DerivedDocument {
  const template = getTemplate(templateId);
  const overrides = phrases && Object.keys(phrases).length > 0 ? { ...phrases } : undefined;
  const head = {
    org: { code: input.org.code, name: input.org.name, kind: input.org.kind },
    year: input.year,
    scope: input.scope,
    template: { id: template.id, version: template.version },
    ...(overrides ? { phrases: overrides } : {}),
  };
  const amounts = amountRules(input);
  if (amounts.some((c) => !c.passed)) return { ...head, tables: [], narrative: [], projects: [], checks: amounts };
  // One pass over the lines gives the exact sums the tables, the narrative and the checks all read.
  const sums = buildContext(input);
  const baseTables = tablesOf(sums);
  const tables = templateTables(template, sums, input.scope, baseTables, overrides);
  const projects = deriveProjectTables(input);
  // The checks hold the 山西 情况说明 against the thirteen base tables (derived there for another template).
  const baseNarrative = template.narrative === 'shanghai-explanation' ? undefined : deriveNarrative(input, sums);
  return {
    ...head,
    tables,
    narrative: baseNarrative ?? shanghaiNarrative(input, sums, template, overrides),
    projects,
    checks: runChecks(input, baseTables, projects, sums, amounts, baseNarrative),
  };
}
