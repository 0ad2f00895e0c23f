// npm run derive -- --year 2026 --org 029 [--json]            derive from the database
// npm run derive -- --year 2026 --org 029 --dump-input > x.json  write the engine input (to edit a copy)
// npm run derive -- --input x.json [--json]                   derive from such a file
// --template shanxi|shanghai lays the tables out in a regional template (default: the year's template as the
//   admin set it, shanxi for --input)
// --out FILE writes the result to FILE; for a clean pipe use npm's -s: npm run -s derive -- … --json
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/db/client';
import { withCliDatabase } from '../lib/db/cli-database';
import { loadDisclosureInput } from '../lib/data/budget/load-disclosure-input';
import { yearTemplateTexts } from '../lib/data/internal/disclosure-template';
import type { PhraseOverrides } from '../lib/domain/templates/fixed-phrases';
import { deriveDocument } from '../lib/domain/derive-document';
import { documentText } from '../lib/domain/document-text';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../lib/domain/templates';
import type { DisclosureInput } from '../lib/domain/types';

async function loadInput(year: number, org: string): Promise<{ input: DisclosureInput; templateId: string; phrases: PhraseOverrides }> {
  return withCliDatabase(async (url) => {
    const db = createPrismaClient(url);
    try {
      const input = await loadDisclosureInput(db, org, year);
      if (!input) throw new Error(`未找到单位 ${org} 的 ${year} 年度预算`);
      const { templateId, phrases } = await yearTemplateTexts(db, year);
      return { input, templateId, phrases };
    } finally {
      await db.$disconnect();
    }
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      year: { type: 'string' },
      org: { type: 'string' },
      input: { type: 'string' },
      json: { type: 'boolean', default: false },
      'dump-input': { type: 'boolean', default: false },
      out: { type: 'string' },
      template: { type: 'string' },
    },
  });
  if (values.template !== undefined) getTemplate(values.template); // an unknown name fails before any work
  let input: DisclosureInput;
  let yearTemplate = DEFAULT_TEMPLATE_ID as string;
  let phrases: PhraseOverrides = {};
  if (values.input) input = JSON.parse(readFileSync(values.input, 'utf8')) as DisclosureInput;
  else if (values.year && values.org) ({ input, templateId: yearTemplate, phrases } = await loadInput(Number(values.year), values.org));
  else {
    console.error('用法：npm run derive -- --year 2026 --org 029 [--json] | --input 文件.json [--json]');
    process.exit(2);
  }
  const emit = (text: string) => (values.out ? writeFileSync(values.out, text) : process.stdout.write(text));
  if (values['dump-input']) {
    emit(JSON.stringify(input, null, 2) + '\n');
    return;
  }
  // The year's phrase overrides belong to its own template only.
  const templateId = getTemplate(values.template ?? yearTemplate).id;
  const doc = deriveDocument(input, templateId, templateId === yearTemplate ? phrases : undefined);
  emit(values.json ? JSON.stringify(doc, null, 2) + '\n' : documentText(doc) + '\n');
  // tsx does not pass process.exitCode on, so exit explicitly once stdout has drained.
  if (doc.checks.some((c) => !c.passed && c.severity === 'BLOCKING')) process.stdout.write('', () => process.exit(3));
}

main().catch((e) => {
  console.error(`导出失败：${(e as Error).message}`);
  process.exit(1);
});
