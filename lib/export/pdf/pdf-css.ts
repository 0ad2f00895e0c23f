// Print styles of the PDF: A4, Chinese fonts, each table on its own page, headers repeated.
export const PDF_CSS = `
@page { size: A4; margin: 18mm 14mm 16mm; }
html { font-family: 'Noto Sans SC', sans-serif; font-size: 10.5pt; color: #000; line-height: 1.6; }
body { margin: 0; }
h1, h2, h3 { font-weight: 700; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; align-items: center; break-after: page; }
.cover h1 { display: flex; flex-direction: column; align-items: center; gap: 6mm; font-size: 24pt; }
.cover .version, .cover .correction { font-size: 11pt; }
.toc { break-after: page; }
.toc h2 { text-align: center; font-size: 16pt; margin: 0 0 4mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { line-height: 1.55; font-size: 10pt; }
.toc li.l1 { font-weight: 700; margin-top: 1.5mm; }
.toc li.l2 { padding-left: 2em; }
.toc a { display: flex; color: #000; text-decoration: none; }
.toc .dots { flex: 1; border-bottom: 1px dotted #666; margin: 0 2mm 1.2mm; }
.toc .p { min-width: 2em; text-align: right; }
.part { break-before: page; }
.part > h2 { font-size: 15pt; text-align: center; margin: 0 0 5mm; }
h3 { font-size: 12pt; margin: 4mm 0 2mm; }
.indent { text-indent: 2em; margin: 1.5mm 0; }
.table-page { break-before: page; }
.part > h2 + .table-page { break-before: avoid; }
.table-label { font-size: 9pt; margin: 0; }
.table-title { text-align: center; font-size: 13pt; margin: 1mm 0 2mm; }
.table-meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 0.6pt solid #333; padding: 1mm 1.2mm; }
th { background: #f0f0f0; font-weight: 700; text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, td.right { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.center { text-align: center; }
.note { font-size: 8.5pt; margin: 1mm 0; }
figure.chart { margin: 4mm 0; text-align: center; break-inside: avoid; }
figure.chart figcaption { font-weight: 700; }
figure.chart svg { max-width: 100%; height: auto; }
.chart-note { font-size: 9pt; color: #333; }
.perf { break-before: page; }
.perf-title { text-align: center; font-size: 13pt; font-weight: 700; margin: 0; }
.perf-year { text-align: center; margin: 0 0 2mm; }
table.grid { font-size: 8pt; }
table.grid td { text-align: left; }
table.grid td.right { text-align: right; }
table.grid td.center { text-align: center; }
`;
