// Issue 11's six targets in one run: the four benchmarks one after another (each with the reference it measures in
// the same run), then one table of the figures against their targets. Needs the production build (`npm run build`).
// Run: npm run -s bench:all   (the last line is one JSON object: every figure, its target and whether it is met)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { z } from 'zod';

const deriveFigures = z.object({
  deriveDocumentCityMs: z.number(),
  sqlGroupByCityMs: z.number(),
  ratio: z.number(),
  defectiveCityRatio: z.number(),
  reviewQueueMs: z.number(),
});
const load = z.object({ rps: z.number(), p97_5Ms: z.number(), errors: z.number() });
const exportFigures = z.object({ firstPdfMs: z.number(), page: load, staticFile: load, pageToStaticRatio: z.number() });
const workspaceRun = z.object({ interactiveMs: z.number(), heapMb: z.number() });
const workspaceFigures = z.object({ lines50: workspaceRun, lines5000: workspaceRun });
const importFigures = z.object({ importMs: z.number(), rssPeakMb: z.number(), referenceMs: z.number() });

/** Runs one benchmark, passing its output through, and returns its last line (the JSON figures). */
function run(script: string, args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    console.log(`\n==== npm run ${script} ${args.join(' ')} ====`);
    const child = spawn('npm', ['run', '-s', script, '--', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} 退出码 ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? ''));
    });
  });
}

interface Result {
  target: string;
  figure: string;
  reference: string;
  ratio?: string;
  goal: string;
  met: boolean;
}

if (!existsSync('.next/BUILD_ID')) {
  console.error('缺少生产构建：请先运行 npm run build');
  process.exit(2);
}

const derive = deriveFigures.parse(await run('bench:derive', ['--json']));
const exported = exportFigures.parse(await run('bench:export', []));
const workspace = workspaceFigures.parse(await run('bench:workspace', []));
const imported = importFigures.parse(await run('bench:import', []));

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
const results: Result[] = [
  {
    target: '全市 deriveDocument（320 个单位，105,600 条）',
    figure: `${ms(derive.deriveDocumentCityMs)}（有缺陷的全市 ${derive.defectiveCityRatio.toFixed(2)}×）`,
    reference: `SQL GROUP BY ${ms(derive.sqlGroupByCityMs)}`,
    ratio: `${derive.ratio.toFixed(2)}×`,
    goal: '≤ 3×',
    met: derive.ratio <= 3,
  },
  { target: '审核队列（300 个单位的城市）', figure: ms(derive.reviewQueueMs), reference: '', goal: '≤ 300 ms', met: derive.reviewQueueMs <= 300 },
  {
    target: '公开文件页（50 个客户端）',
    figure: `${exported.page.rps} 次/秒，错误 ${exported.page.errors}`,
    reference: `同一页面的静态文件 ${exported.staticFile.rps} 次/秒`,
    ratio: `${exported.pageToStaticRatio.toFixed(2)}×`,
    goal: '≥ 0.5×，无错误',
    met: exported.pageToStaticRatio >= 0.5 && exported.page.errors === 0,
  },
  { target: '服务器启动后第一次下载 PDF', figure: ms(exported.firstPdfMs), reference: '', goal: '< 2 s', met: exported.firstPdfMs < 2000 },
  {
    target: '工作台 5,000 行可编辑',
    figure: ms(workspace.lines5000.interactiveMs),
    reference: `同一页面 50 行 ${ms(workspace.lines50.interactiveMs)}`,
    goal: '< 1.5 s',
    met: workspace.lines5000.interactiveMs < 1500,
  },
  {
    target: 'Excel 导入 10,000 行',
    figure: `${ms(imported.importMs)}，峰值 RSS ${imported.rssPeakMb} MB`,
    reference: `解析 + 原始 INSERT ${ms(imported.referenceMs)}`,
    goal: '< 2 s，< 300 MB',
    met: imported.importMs < 2000 && imported.rssPeakMb < 300,
  },
];

console.log(`\n==== 问题 11 的六项目标（${os.cpus().length} 核，负载 ${os.loadavg()[0].toFixed(2)}）====`);
for (const r of results) {
  console.log(
    `${r.met ? '达到' : '未达到'}  ${r.target}：${r.figure}${r.reference ? `；参照 ${r.reference}` : ''}${r.ratio ? `；比值 ${r.ratio}` : ''}（目标 ${r.goal}）`,
  );
}
console.log(
  JSON.stringify({
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    allMet: results.every((r) => r.met),
    derive,
    export: exported,
    workspace,
    import: imported,
    results: results.map(({ target, goal, met }) => ({ target, goal, met })),
  }),
);
