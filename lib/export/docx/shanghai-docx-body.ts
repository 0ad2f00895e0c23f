import { AlignmentType, Paragraph, Table, TextRun } from 'docx';
import type { FrozenDisclosure } from '../../document/frozen-disclosure';
import { tableLabels } from '../../document/table-labels';
import { PERFORMANCE_ANCHOR, PERFORMANCE_HEADING, SHANGHAI_GLOSSARY_ANCHOR, chineseNumeral, shanghaiOutline } from '../../document/outline';
import { performanceGrid } from '../../document/performance-grid';
import { gridTable, heading, para, reportTable } from './docx-parts';

// A document in 上海市's template as Word: the 目录's parts in its order, each table on a new page under
// its title with 编制单位 / 编制部门 and its unit.

const paras = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((p) => para(p, { indent: true }));

export function shanghaiDocxBody(d: FrozenDisclosure): (Paragraph | Table)[] {
  const doc = d.document;
  const outline = shanghaiOutline(doc);
  const label = new Map(outline.map((e) => [e.id, e.label]));
  const top = (id: string) => heading(label.get(id) ?? '', 1, id, true);
  const [explanation, ...rest] = doc.narrative;
  const out: (Paragraph | Table)[] = [
    top('profile-duties'),
    ...paras(d.profile.duties),
    top('profile-structure'),
    ...paras(d.profile.structure),
    top(SHANGHAI_GLOSSARY_ANCHOR),
    ...d.glossary.map((g, i) => para(`（${chineseNumeral(i + 1)}）${g.term}：${g.definition}`, { indent: true })),
  ];
  if (explanation) out.push(top(`narrative-${explanation.no}`), ...paras(explanation.text));
  out.push(top('part-2'));
  doc.tables.forEach((t, i) => {
    out.push(
      ...(i > 0 ? [new Paragraph({ pageBreakBefore: true, children: [] })] : []),
      heading(t.title, 2, `table-${t.no}`),
      new Paragraph({
        children: [new TextRun({ text: `${tableLabels(doc, t).orgLabel}：${t.orgName}`, size: 18 }), new TextRun({ text: `\t单位：${t.unit}`, size: 18 })],
        tabStops: [{ type: 'right', position: 9000 }],
      }),
      reportTable(t),
      ...t.notes.map((n) => para(n, { size: 18 })),
    );
  });
  for (const s of rest) out.push(top(`narrative-${s.no}`), ...paras(s.text));
  if (doc.projects.length > 0) {
    out.push(heading(PERFORMANCE_HEADING, 2, PERFORMANCE_ANCHOR));
    doc.projects.forEach((p, i) => {
      out.push(
        new Paragraph({ pageBreakBefore: i > 0, alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${p.title}${p.yearLabel}`, bold: true })] }),
        gridTable(performanceGrid(p)),
      );
    });
  }
  if (d.attachments.length > 0) out.push(para('附件：', { bold: true }), ...d.attachments.map((a, i) => para(`${i + 1}. ${a.title}（${a.fileName}）`)));
  return out;
}
