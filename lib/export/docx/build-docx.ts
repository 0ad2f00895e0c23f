import { stripUnsafeDeep } from '../../text/unsafe-characters';
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, Table, TableOfContents, TextRun } from 'docx';
import { generalStructureSlices, threePublicItems } from '../../document/chart-data';
import { GENERAL_CHART_TITLE, THREE_PUBLIC_CHART_TITLE } from '../../document/document-charts';
import { documentTitle, type FrozenDisclosure } from '../../document/frozen-disclosure';
import { PERFORMANCE_ANCHOR, PERFORMANCE_HEADING, chineseNumeral, partTitles } from '../../document/outline';
import { performanceGrid } from '../../document/performance-grid';
import { isShanghai } from '../../document/outline';
import { FONT, gridTable, heading, para, reportTable } from './docx-parts';
import { shanghaiDocxBody } from './shanghai-docx-body';
import { wanText } from '../../domain/money';
import { beijingDate } from '../../format/beijing-time';
import { staffingSentence } from '../../domain/unknown-figures';

// The whole document as Word, for units that edit before printing: headings Word's 目录 field picks
// up, each table a real Word table on a new page with its header row repeated across pages.

function chartData(title: string, rows: [string, string][], note: string): (Paragraph | Table)[] {
  return [
    para(`图：${title}`, { bold: true, align: AlignmentType.CENTER }),
    gridTable([
      [
        { text: '项目', header: true },
        { text: '金额（万元）', header: true },
      ],
      ...rows.map(([a, b]) => [{ text: a }, { text: b, align: 'right' as const }]),
    ]),
    para(note, { size: 18 }),
  ];
}

function shanxiBody(d: FrozenDisclosure): (Paragraph | Table)[] {
  const doc = d.document;
  const parts = partTitles(doc);
  const children: (Paragraph | Table)[] = [
    heading(parts.profile, 1, 'part-1', true),
    heading(parts.duties, 2, 'profile-duties'),
    ...d.profile.duties
      .split('\n')
      .filter(Boolean)
      .map((p) => para(p, { indent: true })),
    heading(parts.structure, 2, 'profile-structure'),
    ...d.profile.structure
      .split('\n')
      .filter(Boolean)
      .map((p) => para(p, { indent: true })),
    para(staffingSentence(d.profile.staffing), { indent: true }),
    heading(parts.tables, 1, 'part-2', true),
  ];
  doc.tables.forEach((t, i) => {
    children.push(
      new Paragraph({ pageBreakBefore: i > 0, children: [new TextRun({ text: `预算公开表${chineseNumeral(t.no)}`, size: 18 })] }),
      heading(t.title, 2, `table-${t.no}`),
      new Paragraph({
        children: [new TextRun({ text: `单位名称：${t.orgName}`, size: 18 }), new TextRun({ text: `\t单位：${t.unit}`, size: 18 })],
        tabStops: [{ type: 'right', position: 9000 }],
      }),
      reportTable(t),
      ...t.notes.map((n) => para(n, { size: 18 })),
    );
  });
  children.push(heading(parts.narrative, 1, 'part-3', true));
  for (const s of doc.narrative) {
    children.push(
      heading(`${s.no}、${s.title}`, 2, `narrative-${s.no}`),
      ...s.text
        .split('\n')
        .filter(Boolean)
        .map((p) => para(p, { indent: true })),
    );
    if (s.no === '五') {
      const slices = generalStructureSlices(doc);
      children.push(
        ...chartData(
          GENERAL_CHART_TITLE,
          slices.map((x) => [`${x.name}（${x.share}）`, x.wan]),
          '注：图形见 PDF 与网页版，此处列出其数据。',
        ),
      );
    }
    if (s.no === '七') {
      const items = threePublicItems(doc, d.priorThreePublic);
      children.push(
        ...chartData(
          THREE_PUBLIC_CHART_TITLE,
          items.map((x) => [x.name, wanText(x.current)]),
          `注：${doc.year}年预算数；图形见 PDF 与网页版。`,
        ),
      );
    }
    if (s.no === '十' && doc.projects.length > 0) {
      children.push(heading(PERFORMANCE_HEADING, 2, PERFORMANCE_ANCHOR));
      doc.projects.forEach((p, i) => {
        children.push(
          new Paragraph({ pageBreakBefore: i > 0, alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${p.title}${p.yearLabel}`, bold: true })] }),
          gridTable(performanceGrid(p)),
        );
      });
    }
    if (s.no === '十二' && d.attachments.length > 0) {
      children.push(para('附件：', { bold: true }), ...d.attachments.map((a, i) => para(`${i + 1}. ${a.title}（${a.fileName}）`)));
    }
  }
  children.push(
    heading(parts.glossary, 1, 'part-4', true),
    ...d.glossary.map((g, i) => para(`${chineseNumeral(i + 1)}、${g.term}：${g.definition}`, { indent: true })),
  );
  return children;
}

export async function buildDocx(frozen: FrozenDisclosure): Promise<Buffer> {
  const d = stripUnsafeDeep(frozen); // a U+FFFE or a control character would make the DOCX unreadable
  const doc = d.document;
  const children: (Paragraph | Table | TableOfContents)[] = [
    para(doc.org.name, { bold: true, size: 44, align: AlignmentType.CENTER }),
    para(`${doc.year}年度${doc.scope === 'DEPARTMENT' ? '部门' : '单位'}预算公开`, { bold: true, size: 40, align: AlignmentType.CENTER }),
    ...(d.versionNo
      ? [para(`第${d.versionNo}版${d.publishedAt ? ` · ${beijingDate(d.publishedAt)}公开` : ''}`, { align: AlignmentType.CENTER })]
      : [para('预览稿（未公开）', { align: AlignmentType.CENTER })]),
    ...(d.correctionNote ? [para(`更正说明：${d.correctionNote}`)] : []),
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, children: [new TextRun({ text: '目 录', bold: true, size: 32 })] }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
    ...(isShanghai(doc) ? shanghaiDocxBody(d) : shanxiBody(d)),
  ];

  const file = new Document({
    creator: '预算通',
    title: documentTitle(doc),
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: FONT, size: 21 } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', run: { font: { ...FONT, eastAsia: '黑体' }, size: 32, bold: true } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', run: { font: { ...FONT, eastAsia: '黑体' }, size: 24, bold: true } },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })],
          }),
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(file));
}
