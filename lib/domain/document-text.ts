import type { CheckResult, DerivedDocument, DerivedTable } from './types';

// Plain-text rendering of a derived document for the command line.

function tableText(t: DerivedTable): string {
  const out = [`表${t.no}  ${t.title}`, `单位名称：${t.orgName}    单位：${t.unit}`];
  for (const h of t.header) out.push(h.map((c) => c.text).join('\t'));
  for (const r of t.rows) out.push(r.join('\t'));
  out.push(...t.notes);
  return out.join('\n');
}

export function checkLine(c: CheckResult): string {
  const mark = c.passed ? '通过' : c.severity === 'BLOCKING' ? '阻断' : '警告';
  return `[${mark}] ${c.rule} ${c.name}${c.passed ? '' : `：${c.message}`}`;
}

export function documentText(doc: DerivedDocument): string {
  const failing = doc.checks.filter((c) => !c.passed);
  return [
    `${doc.org.name}（${doc.org.code}）${doc.year}年度预算公开`,
    '',
    '第二部分 报表',
    ...doc.tables.map((t) => tableText(t) + '\n'),
    '第三部分 情况说明',
    ...doc.narrative.map((s) => `${s.no}、${s.title}\n${s.text}\n`),
    `校验：共 ${doc.checks.length} 项，未通过 ${failing.length} 项`,
    ...(failing.length ? failing : doc.checks).map(checkLine),
  ].join('\n');
}
