// npm run catalog:import -- --year 2027 --kind function --file 2027功能科目.xlsx [--confirm]
// Prints what would be added, renamed and removed; removals are applied only with --confirm.
// --kind econ-mapping replaces the year's 经济科目对照表 (部门经济科目 / 行政单位政府经济科目 / 事业单位政府经济科目).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { parseMappingBuffer } from '../lib/catalog/parse-mapping-file';
import { describeMappingPlan, importMapping, planMappingImport, validateMappingFile } from '../lib/catalog/import-mapping';
import { createPrismaClient } from '../lib/db/client';
import { importCatalogFile, previewCatalogFile } from '../lib/catalog/import-catalog-file';
import { describeCatalogPlan } from '../lib/catalog/plan-catalog-import';
import type { CatalogKind } from '../lib/domain/catalog/validate-catalog';

const KINDS: Record<string, CatalogKind> = { function: 'FUNCTION', 'dept-economic': 'DEPT_ECONOMIC', 'gov-economic': 'GOV_ECONOMIC' };

async function importMappingFromFile(db: PrismaClient, year: number, file: string): Promise<void> {
  const rows = await parseMappingBuffer(await readFile(file), file);
  const v = await validateMappingFile(db, year, rows);
  if (!v.ok) {
    console.error(`导入被拒绝，对照表未作任何修改。共 ${v.errors.length} 处错误：`);
    for (const e of v.errors) console.error(`  ${e.message}`);
    process.exit(1);
  }
  const plan = await planMappingImport(db, year, v.entries);
  for (const line of describeMappingPlan(plan)) console.log(line);
  if (plan.broken.length > 0) process.exit(1);
  const done = await importMapping(db, { id: null, name: '命令行导入' }, year, v.entries, { expectDigest: plan.digest });
  console.log(`对照表已替换：新增 ${done.added.length}，修改 ${done.changed.length}，删除 ${done.removed.length}，未变 ${done.unchanged}`);
}

async function main() {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, kind: { type: 'string' }, file: { type: 'string' }, confirm: { type: 'boolean', default: false } },
  });
  const kind = KINDS[values.kind ?? ''];
  const mapping = values.kind === 'econ-mapping';
  if (!values.year || (!kind && !mapping) || !values.file) {
    console.error('用法：npm run catalog:import -- --year 2027 --kind function|dept-economic|gov-economic|econ-mapping --file 文件.csv|.tsv|.xlsx [--confirm]');
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('请设置 DATABASE_URL（内置数据库运行时为 postgresql://postgres:postgres@127.0.0.1:54329/yusuantong）');
  const db = createPrismaClient(url);
  try {
    if (mapping) return await importMappingFromFile(db, Number(values.year), values.file);
    const preview = await previewCatalogFile(db, Number(values.year), kind, values.file);
    if (preview.ok) {
      for (const line of describeCatalogPlan(preview.plan)) console.log(line);
      if (preview.plan.inUse.length > 0) process.exit(1);
      if (preview.plan.removed.length > 0 && !values.confirm) {
        console.error(`未导入：将删除 ${preview.plan.removed.length} 个科目，确认无误后加 --confirm 重新运行`);
        process.exit(3);
      }
    }
    const r = await importCatalogFile(db, { id: null, name: '命令行导入' }, Number(values.year), kind, values.file, {
      confirmRemovals: values.confirm,
      ...(preview.ok ? { expectDigest: preview.plan.digest } : {}),
    });
    if (!r.ok) {
      console.error(`导入被拒绝，科目表未作任何修改。共 ${r.errors.length} 处错误：`);
      for (const e of r.errors) console.error(`  ${e.message}`);
      process.exit(1);
    }
    const x = r.result;
    console.log(`导入完成：新增 ${x.inserted}，更名 ${x.renamed}，未变 ${x.unchanged}，删除 ${x.removed}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(`导入失败：${(e as Error).message}`);
  process.exit(1);
});
