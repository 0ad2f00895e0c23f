import type { CheckResult } from '@/lib/domain/types';

const SEVERITY_LABEL = { BLOCKING: '阻断', WARNING: '警告' } as const;

/** Check results, failing ones first, each naming the rule and the figures that disagree. */
export function CheckList({ checks }: { checks: CheckResult[] }) {
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
