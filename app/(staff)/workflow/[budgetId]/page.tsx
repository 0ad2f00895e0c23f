import Link from 'next/link';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db/client';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/page-user';
import { isAppError } from '@/lib/errors/app-error';
import { getBudgetVersion, getBudgetWorkflow, previewBudget } from '@/lib/data/workflow/get-budget-workflow';
import { getVersionDiff } from '@/lib/data/workflow/get-version-diff';
import { listReviewComments } from '@/lib/data/workflow/list-review-comments';
import { lineTargetOptions, projectTargetOptions } from '@/lib/domain/workflow/comment-targets';
import { ReportTable } from '@/components/report/report-table';
import { CheckList } from '@/components/document/check-list';
import { NarrativeSections } from '@/components/document/narrative-sections';
import { StatusTag } from '@/components/workflow/status-tag';
import { CommentList } from '@/components/workflow/comment-list';
import { VersionDiffView } from '@/components/workflow/version-diff';
import { ReviewerActions } from '@/components/workflow/reviewer-actions';
import { DepartmentActions } from '@/components/workflow/department-actions';
import { awaitsDepartment, reviewLevelsOf } from '@/lib/domain/review-chain';
import { AccountantActions } from '@/components/workflow/accountant-actions';
import { PublishedFiles } from '@/components/workflow/published-files';
import { storedExportFormats } from '@/lib/export/pregenerate-exports';
import { beijingDateTime } from '@/lib/format/beijing-time';

export const dynamic = 'force-dynamic';

type Params = Promise<{ budgetId: string }>;

export default async function BudgetWorkflowPage({ params }: { params: Params }) {
  const { budgetId } = await params;
  const user = await requirePageUser(`/workflow/${budgetId}`);
  const db = prisma();
  const budget = await getBudgetWorkflow(db, user, budgetId).catch((e) => {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound();
    throw e;
  });
  const latest = budget.versions[0];
  const editable = budget.status === 'DRAFT' || budget.status === 'RETURNED';
  const frozen = latest && !editable ? await getBudgetVersion(db, user, budgetId, latest.versionNo) : null;
  const live = editable ? await previewBudget(db, user, budgetId) : null;
  const document = frozen?.document ?? live?.document ?? null;
  const diff = latest && !editable ? await getVersionDiff(db, user, budgetId, latest.versionNo) : null;
  const blocking = document?.checks.filter((c) => c.severity === 'BLOCKING' && !c.passed).length ?? 0;
  const reviewer = can(user, 'budget.review');
  const levels = reviewLevelsOf(budget.org);
  const departmentTurn = can(user, 'budget.forward', budget.org.id) && awaitsDepartment(budget.status, levels);
  const comments = await listReviewComments(db, user, budgetId, live?.unit);
  const targets =
    frozen && (budget.status === 'SUBMITTED' || budget.status === 'FORWARDED')
      ? {
          tables: frozen.document.tables.map((t) => ({ ref: String(t.no), label: `表${t.no} ${t.title}` })),
          lines: lineTargetOptions(frozen.unit),
          projects: projectTargetOptions(frozen.unit),
        }
      : null;
  const latestPublished = budget.versions.find((v) => v.publishedAt);
  return (
    <main>
      <h1>
        {budget.org.name}
        {budget.year}年度预算 <StatusTag status={budget.status} reviewLevels={levels} />
      </h1>
      <p className="muted">
        单位编码 {budget.org.code}；已提交 {budget.versions.length} 个版本。
        <Link href={`/workflow/${budgetId}/audit`}>查看审计日志</Link>
      </p>
      {reviewer && awaitsDepartment(budget.status, levels) && <p className="muted">待主管部门审核：主管部门审核人转报财政后，方可批复或退回。</p>}
      {reviewer && !awaitsDepartment(budget.status, levels) && (
        <ReviewerActions budgetId={budgetId} status={budget.status} targets={targets} published={budget.versions.some((v) => v.publishedAt)} />
      )}
      {departmentTurn && <DepartmentActions budgetId={budgetId} targets={targets} />}
      {live && !budget.fiscalYear.isOpen && <p className="muted">{budget.year}年度已结束，不能再修改或提交预算。</p>}
      {live && budget.fiscalYear.isOpen && can(user, 'budget.submit', budget.org.id) && (
        <AccountantActions budgetId={budgetId} editHref={`/budgets/${budget.org.code}/${budget.year}`} blocking={blocking} />
      )}
      {latestPublished && <PublishedFiles formats={await storedExportFormats(db, latestPublished.id)} />}
      <CommentList data={comments} budgetId={budgetId} canResolve={!!live && budget.fiscalYear.isOpen && can(user, 'budget.edit', budget.org.id)} />
      {diff && <VersionDiffView diff={diff} />}
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">版本记录</h2>
        <table className="data">
          <thead>
            <tr>
              <th>版本</th>
              <th>状态</th>
              <th>提交人</th>
              <th>提交时间</th>
              <th>公开时间</th>
              <th>更正说明</th>
            </tr>
          </thead>
          <tbody>
            {budget.versions.map((v) => (
              <tr key={v.id}>
                <td>第{v.versionNo}版</td>
                <td>
                  <StatusTag status={v.status} />
                </td>
                <td>{v.createdBy?.displayName ?? ''}</td>
                <td>{beijingDateTime(v.createdAt)}</td>
                <td>{v.publishedAt ? beijingDateTime(v.publishedAt) : ''}</td>
                <td>{v.correctionNote ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {document && (
        <section aria-labelledby="document-heading">
          <h2 id="document-heading">{frozen ? `第${frozen.versionNo}版公开文本（冻结）` : '当前数据生成的公开文本（预览）'}</h2>
          <CheckList checks={document.checks} />
          {document.tables.map((t) => (
            <ReportTable key={t.no} table={t} />
          ))}
          <h3>情况说明</h3>
          <NarrativeSections sections={document.narrative} />
        </section>
      )}
    </main>
  );
}
