import Link from 'next/link';
import type { CheckResult, DerivedDocument } from '@/lib/domain/types';
import { checkRefTargets, type RefNames } from '@/lib/document/check-refs';
import { ReportTable } from '@/components/report/report-table';
import { FocusLink } from './workspace-focus';

const SEVERITY = { BLOCKING: '阻断', WARNING: '警告' } as const;

function RefLinks({ refs, names }: { refs: CheckResult['refs']; names: RefNames }) {
  const links = checkRefTargets(refs, names);
  if (links.length === 0) return null;
  return (
    <span className="refs">
      {links.slice(0, 12).map((l) => (
        <FocusLink key={`${l.focus.kind}:${l.focus.ref}`} focus={l.focus}>
          {l.text}
        </FocusLink>
      ))}
      {links.length > 12 && <span className="muted">等{links.length}处</span>}
    </span>
  );
}

/** The derived document next to the data: check results linking to what they concern, then the tables. */
export function PreviewPanel({ doc, previewHref, names }: { doc: DerivedDocument; previewHref: string; names: RefNames }) {
  const failing = doc.checks.filter((c) => !c.passed);
  const blocking = failing.filter((c) => c.severity === 'BLOCKING').length;
  return (
    <aside className="preview-panel" aria-labelledby="preview-heading">
      <h2 id="preview-heading">公开文本预览</h2>
      <p>
        <Link href={previewHref}>打开完整预览</Link>
      </p>
      <p role="status" data-testid="check-summary">
        共 {doc.checks.length} 项校验，阻断 {blocking} 项，警告 {failing.length - blocking} 项。
      </p>
      <ul className="checks">
        {failing.map((c, i) => (
          <li key={`${c.rule}-${i}`} className={c.severity === 'BLOCKING' ? 'blocking' : 'warning'} data-rule={c.rule}>
            <strong>{SEVERITY[c.severity]}</strong> {c.name}：{c.message} <RefLinks refs={c.refs} names={names} />
          </li>
        ))}
      </ul>
      {doc.tables.map((t) => (
        <details key={t.no} open={t.no <= 3}>
          <summary>
            表{t.no} {t.title}
          </summary>
          <ReportTable table={t} id={`preview-table-${t.no}`} />
        </details>
      ))}
    </aside>
  );
}
