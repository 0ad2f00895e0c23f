import { ReportTable } from '@/components/report/report-table';
import { NarrativeSections } from '@/components/document/narrative-sections';
import { GridTable } from '@/components/document/grid-table';
import { documentCharts, type DocumentChart } from '@/lib/document/document-charts';
import type { FrozenDisclosure } from '@/lib/document/frozen-disclosure';
import { PERFORMANCE_ANCHOR, PERFORMANCE_HEADING, chineseNumeral, documentOutline, partTitles } from '@/lib/document/outline';
import { performanceGrid } from '@/lib/document/performance-grid';

function Chart({ chart }: { chart: DocumentChart }) {
  return (
    <figure className="doc-chart" id={chart.id} aria-labelledby={`${chart.id}-title`}>
      <figcaption id={`${chart.id}-title`}>{chart.title}</figcaption>
      {chart.note && <p className="chart-note">{chart.note}</p>}
      {chart.svg && <div className="chart-svg" dangerouslySetInnerHTML={{ __html: chart.svg }} />}
    </figure>
  );
}

/** The whole disclosure document, four parts in the seed's order, rendered from a frozen document. */
export function DisclosureDocument({ disclosure, attachmentHref }: { disclosure: FrozenDisclosure; attachmentHref?: (id: string) => string }) {
  const doc = disclosure.document;
  const parts = partTitles(doc);
  const outline = documentOutline(doc);
  const charts = documentCharts(disclosure);
  const { profile } = disclosure;
  const after: Record<string, React.ReactNode> = {};
  for (const c of charts) after[c.after] = <Chart key={c.id} chart={c} />;
  after['十'] = doc.projects.length > 0 && (
    <section id={PERFORMANCE_ANCHOR} aria-labelledby={`${PERFORMANCE_ANCHOR}-h`} className="performance-tables">
      <h4 id={`${PERFORMANCE_ANCHOR}-h`}>{PERFORMANCE_HEADING}</h4>
      {doc.projects.map((p, i) => (
        <div key={p.projectCode} className="performance-table" id={`project-${p.projectCode}`}>
          <p className="performance-title">
            {p.title} {p.yearLabel}
          </p>
          <GridTable caption={`${i + 1}. ${p.projectName} 项目支出绩效目标表`} rows={performanceGrid(p)} />
        </div>
      ))}
    </section>
  );
  if (disclosure.attachments.length > 0) {
    after['十二'] = (
      <div className="attachments">
        <h4>附件</h4>
        <ol>
          {disclosure.attachments.map((a) => (
            <li key={a.id}>{attachmentHref ? <a href={attachmentHref(a.id)}>{a.title}</a> : a.title}（{a.fileName}）</li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <article className="disclosure" lang="zh-CN">
      <nav className="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">目 录</h2>
        <ol>
          {outline.map((e) => (
            <li key={e.id} className={`toc-level-${e.level}`}>
              <a href={`#${e.id}`}>{e.label}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section id="part-1" aria-labelledby="part-1-h" className="doc-part">
        <h2 id="part-1-h">{parts.profile}</h2>
        <h3 id="profile-duties">一、本单位职责</h3>
        {profile.duties.split('\n').filter(Boolean).map((p, i) => (
          <p key={i} className="indent">{p}</p>
        ))}
        <h3 id="profile-structure">二、机构设置情况</h3>
        {profile.structure.split('\n').filter(Boolean).map((p, i) => (
          <p key={i} className="indent">{p}</p>
        ))}
        <dl className="staffing">
          <div><dt>内设科室数</dt><dd>{profile.staffing.internalDivisions}个</dd></div>
          <div><dt>核定编制数</dt><dd>{profile.staffing.authorizedHeadcount}个</dd></div>
          <div><dt>实际在编人数</dt><dd>{profile.staffing.actualHeadcount}人</dd></div>
          <div><dt>其他人员</dt><dd>{profile.staffing.otherPersonnel}人</dd></div>
        </dl>
      </section>

      <section id="part-2" aria-labelledby="part-2-h" className="doc-part">
        <h2 id="part-2-h">{parts.tables}</h2>
        <p className="muted">每个金额单元格可悬停或用 Tab 键聚焦，显示精确到元的金额。</p>
        {doc.tables.map((t) => (
          <div key={t.no} className="table-page">
            <p className="table-label">预算公开表{chineseNumeral(t.no)}</p>
            <ReportTable table={t} />
          </div>
        ))}
      </section>

      <section id="part-3" aria-labelledby="part-3-h" className="doc-part">
        <h2 id="part-3-h">{parts.narrative}</h2>
        <NarrativeSections sections={doc.narrative} after={after} />
      </section>

      <section id="part-4" aria-labelledby="part-4-h" className="doc-part">
        <h2 id="part-4-h">{parts.glossary}</h2>
        <ol className="glossary">
          {disclosure.glossary.map((g, i) => (
            <li key={g.term}>
              <strong>{chineseNumeral(i + 1)}、{g.term}：</strong>
              {g.definition}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
