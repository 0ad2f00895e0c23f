import type { NarrativeSection } from '@/lib/domain/types';

export function NarrativeSections({ sections }: { sections: NarrativeSection[] }) {
  return (
    <div className="narrative">
      {sections.map((s) => (
        <section key={s.no} id={`narrative-${s.no}`} aria-labelledby={`narrative-${s.no}-h`}>
          <h3 id={`narrative-${s.no}-h`}>
            {s.no}、{s.title}
          </h3>
          {s.text.split('\n').filter(Boolean).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
