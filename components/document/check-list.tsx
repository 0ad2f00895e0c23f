import type { CheckResult } from '@/lib/domain/types';
import { checkRefTargets, type RefNames } from '@/lib/document/check-refs';
import { workspaceFocusHref } from '@/lib/document/workspace-links';

const SEVERITY_LABEL = { BLOCKING: '阻断', WARNING: '警告' } as const;

/** Links from a failing check to the workspace place it concerns (given where the reader may open the workspace). */
export interface CheckLinks {
  org: string;
  year: number;
  names: RefNames;
}

/** Check results, failing ones first, each naming the rule and the figures that disagree. */
export function CheckList({ checks, links }: { checks: CheckResult[]; links?: CheckLinks }) {
  const failing = checks.filter((c) => !c.passed);
  const blocking = failing.filter((c) => c.severity === 'BLOCKING').length;
  return (
    <section aria-labelledby="checks-heading">
      <h2 id="checks-heading">勾稽校验</h2>
      <p role="status">
        共 {checks.length} 项校验，阻断 {blocking} 项，警告 {failing.length - blocking} 项，通过 {checks.length - failing.length} 项。
      </p>
      <ul className="checks">
        {failing.map((c, i) => (
          <li key={`${c.rule}-${i}`} className={c.severity === 'BLOCKING' ? 'blocking' : 'warning'} data-rule={c.rule}>
            <strong>{SEVERITY_LABEL[c.severity]}</strong> {c.name}
            <div>{c.message}</div>
            {links && (
              <div className="refs">
                {checkRefTargets(c.refs, links.names)
                  .slice(0, 12)
                  .map((t) => (
                    <a key={`${t.focus.kind}:${t.focus.ref}`} href={workspaceFocusHref(links.org, links.year, t.focus)}>
                      {t.text}
                    </a>
                  ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      <details>
        <summary>已通过的校验（{checks.length - failing.length} 项）</summary>
        <ul className="checks">
          {checks
            .filter((c) => c.passed)
            .map((c) => (
              <li key={c.rule} className="passed" data-rule={c.rule}>
                <strong>通过</strong> {c.name}
              </li>
            ))}
        </ul>
      </details>
    </section>
  );
}
