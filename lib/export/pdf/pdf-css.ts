// Print styles of the PDF: A4, Chinese fonts, each table on its own page, headers repeated.
export const PDF_CSS = `
@page { size: A4; margin: 18mm 14mm 16mm; }
html { font-family: 'Noto Sans SC', sans-serif; font-size: 10.5pt; color: #000; line-height: 1.6; }
body { margin: 0; }
h1, h2, h3, h4 { font-weight: 700; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; align-items: center; break-after: page; }
.cover h1 { display: flex; flex-direction: column; align-items: center; gap: 6mm; font-size: 24pt; }
.cover .version, .cover .correction { font-size: 11pt; }
.toc { break-after: page; }
.toc h2 { text-align: center; font-size: 16pt; margin: 0 0 4mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { line-height: 1.55; font-size: 10pt; }
.toc li.toc-level-1 { font-weight: 700; margin-top: 1.5mm; }
.toc li.toc-level-2 { padding-left: 2em; }
.toc a { display: flex; color: #000; text-decoration: none; }
.toc .toc-dots { flex: 1; border-bottom: 1px dotted #666; margin: 0 2mm 1.2mm; }
.toc .toc-page { min-width: 2em; text-align: right; }
.doc-part { break-before: page; }
.doc-part > h2 { font-size: 15pt; text-align: center; margin: 0 0 5mm; }
h3 { font-size: 12pt; margin: 4mm 0 2mm; }
h4 { font-size: 11pt; margin: 4mm 0 2mm; }
.indent { text-indent: 2em; margin: 1.5mm 0; }
.staffing { display: flex; gap: 6mm; margin: 2mm 0 0 2em; }
.staffing div { display: flex; gap: 1mm; }
.staffing dd { margin: 0; }
.staffing dt::after { content: '：'; }
.amount-hint { display: none; }
.table-page { break-before: page; }
.doc-part > h2 + .amount-hint + .table-page { break-before: avoid; }
.table-label { font-size: 9pt; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
caption { caption-side: top; }
.report caption .table-title { display: block; text-align: center; font-size: 13pt; font-weight: 700; margin: 1mm 0 2mm; }
.report caption .table-meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 1mm; }
th, td { border: 0.6pt solid #333; padding: 1mm 1.2mm; }
thead th { background: #f0f0f0; font-weight: 700; text-align: center; }
tbody th { font-weight: 400; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.amount, td.align-right { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.align-center { text-align: center; }
.report-note { font-size: 8.5pt; margin: 1mm 0; }
figure.doc-chart { margin: 4mm 0; text-align: center; break-inside: avoid; }
figure.doc-chart figcaption { font-weight: 700; }
figure.doc-chart svg { max-width: 100%; height: auto; }
.chart-note { font-size: 9pt; color: #333; }
.performance-table { break-before: page; }
.performance-title { text-align: center; font-size: 13pt; font-weight: 700; margin: 0; }
.performance-year { text-align: center; margin: 0 0 2mm; }
table.grid { font-size: 8pt; }
table.grid caption { display: none; }
table.grid tbody th { background: #f0f0f0; font-weight: 700; text-align: center; }
.glossary { list-style: none; padding: 0; }
.glossary li { text-indent: 2em; margin: 1.5mm 0; }
`;
