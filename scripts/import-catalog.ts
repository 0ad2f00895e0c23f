// npm run catalog:import -- --year 2027 --kind function --file 2027功能科目.xlsx
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../lib/db/client';
import { importCatalogFile } from '../lib/catalog/import-catalog-file';
import type { CatalogKind } from '../lib/domain/catalog/validate-catalog';

const KINDS: Record<string, CatalogKind> = { function: 'FUNCTION', 'dept-economic': 'DEPT_ECONOMIC', 'gov-economic': 'GOV_ECONOMIC' };

async function main() {
  const { values } = parseArgs({ options: { year: { type: 'string' }, kind: { type: 'string' }, file: { type: 'string' } } });
  const kind = KINDS[values.kind ?? ''];
  if (!values.year || !kind || !values.file) {
    console.error('用法：npm run catalog:import -- --year 2027 --kind function|dept-economic|gov-economic --file 文件.csv|.tsv|.xlsx');
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('请设置 DATABASE_URL（内置数据库运行时为 postgresql://postgres:postgres@127.0.0.1:54329/yusuantong）');
  const db = createPrismaClient(url);
  try {
    const r = await importCatalogFile(db, { id: null, name: '命令行导入' }, Number(values.year), kind, values.file);
    if (!r.ok) {
      console.error(`导入被拒绝，科目表未作任何修改。共 ${r.errors.length} 处错误：`);
      for (const e of r.errors) console.error(`  ${e.message}`);
      process.exit(1);
    }
    const x = r.result;
    console.log(`导入完成：新增 ${x.inserted}，更名 ${x.renamed}，未变 ${x.unchanged}，删除 ${x.removed}` +
      (x.keptInUse.length ? `；仍被预算使用而保留：${x.keptInUse.join('、')}` : ''));
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(`导入失败：${(e as Error).message}`);
  process.exit(1);
});
