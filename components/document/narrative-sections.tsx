import type { ReactNode } from 'react';
import type { NarrativeSection } from '@/lib/domain/types';

/** `after` places content (charts, annexes) at the end of the section with that number. */
export function NarrativeSections({ sections, after }: { sections: NarrativeSection[]; after?: Record<string, ReactNode> }) {
  return (
    <div className="narrative">
      {sections.map((s) => (
        <section key={s.no} id={`narrative-${s.no}`} aria-labelledby={`narrative-${s.no}-h`}>
          <h3 id={`narrative-${s.no}-h`}>
            {s.no}、{s.title}
          </h3>
          {s.text
            .split('\n')
            .filter(Boolean)
            .map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          {after?.[s.no]}
        </section>
      ))}
    </div>
  );
}
