import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { prisma } from '@/lib/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { isAppError } from '@/lib/errors/app-error';
import { loadWorkspace } from '@/lib/data/entry/load-workspace';
import { BudgetHeader } from '@/components/entry/budget-header';
import { StartBudget } from '@/components/entry/start-budget';
import { WorkspaceProvider } from '@/components/entry/workspace-context';
import { WorkspaceTabs } from '@/components/entry/workspace-tabs';
import { ProfileForm } from '@/components/entry/profile-form';
import { LinesSection } from '@/components/entry/lines-section';
import { packLines } from '@/components/entry/lines-grid/packed-lines';
import { ProjectEditor } from '@/components/entry/project-editor';
import { ThreePublicSection } from '@/components/entry/three-public-section';
import { ProcurementEditor } from '@/components/entry/procurement-editor';
import { AssetsForm } from '@/components/entry/assets-form';
import { ProcurementReserveForm } from '@/components/entry/procurement-reserve-form';
import { PriorYearForm, ReasonsForm } from '@/components/entry/texts-form';
import { AttachmentsPanel } from '@/components/entry/attachments-panel';
import { ExcelPanel } from '@/components/entry/excel-panel';
import { PreviewPanel } from '@/components/entry/preview-panel';
import { WorkspaceLayout } from '@/components/entry/workspace-layout';
import { CommentList } from '@/components/workflow/comment-list';
import { listReviewComments } from '@/lib/data/workflow/list-review-comments';
import { InitialFocus } from '@/components/entry/workspace-focus';
import { refNamesOf } from '@/lib/document/check-refs';

import './workspace.css';

export const dynamic = 'force-dynamic';

type Params = Promise<{ org: string; year: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { org, year } = await params;
  return { title: `${org} ${year}年度预算编制 — 预算通` };
}

export default async function BudgetWorkspacePage({ params }: { params: Params }) {
  const { org, year } = await params;
  if (!/^\d{3,12}$/.test(org) || !/^\d{4}$/.test(year)) notFound();
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(`/budgets/${org}/${year}`)}`);
  let data;
  try {
    data = await loadWorkspace(prisma(), user, org, Number(year));
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    if (isAppError(e) && e.code === 'FORBIDDEN') {
      return (
        <main>
          <h1>无权访问</h1>
          <p role="alert">{e.message}：您只能查看和编制本单位的预算。</p>
        </main>
      );
    }
    throw e;
  }
  const base = `/api/budgets/${org}/${year}`;
  if (!data.budget || !data.unit || !data.document) {
    return (
      <main>
        <nav aria-label="预算导航">
          <Link href="/my-budgets">← 我的预算</Link>
        </nav>
        <h1>
          {data.org.name} {data.yearName}单位预算编制
        </h1>
        <StartBudget orgCode={org} year={data.year} hasPrevious={data.previousYear.exists} canEdit={data.canEdit && data.yearOpen} />
      </main>
    );
  }
  const unit = data.unit;
  const comments = await listReviewComments(prisma(), user, data.budget.id, unit);
  const names = refNamesOf(unit);
  const tabs = [
    { id: 'profile', label: '单位概况', content: <ProfileForm org={unit.unit} carriedOver={unit.carriedOver.includes('profile')} /> },
    {
      id: 'lines',
      label: '支出明细',
      content: (
        <LinesSection
          lines={packLines(unit.lines)}
          projects={unit.projects}
          catalogs={data.catalogs}
          econMapping={data.econMapping}
          retiredCodes={data.retiredCodes}
          unitKind={data.org.kind}
        />
      ),
    },
    {
      id: 'projects',
      label: '项目库',
      content: (
        <ProjectEditor projects={unit.projects} orgCode={org} year={data.year} previousProjects={data.previousYear.projects} carriedOver={unit.carriedOver} />
      ),
    },
    { id: 'three-public', label: '三公经费', content: <ThreePublicSection unit={unit} /> },
    {
      id: 'procurement',
      label: '政府采购',
      content: (
        <>
          <ProcurementEditor items={unit.procurement} />
          <h3>面向中小企业预留份额</h3>
          <ProcurementReserveForm reserve={unit.procurementReserve} />
        </>
      ),
    },
    { id: 'assets', label: '国有资产', content: <AssetsForm assets={unit.assets} year={data.year} carriedOver={unit.carriedOver.includes('assets')} /> },
    {
      id: 'texts',
      label: '情况说明与上年数',
      content: (
        <>
          <h3>增减原因与说明</h3>
          <ReasonsForm reasons={unit.reasons} carriedOver={unit.carriedOver} />
          <h3>上年对比数</h3>
          <PriorYearForm priorYear={unit.priorYear} filledFromSystem={data.previousYear.exists} />
        </>
      ),
    },
    { id: 'attachments', label: '附件', content: <AttachmentsPanel attachments={data.attachments} uploadUrl={`${base}/attachments`} /> },
    { id: 'excel', label: 'Excel导入导出', content: <ExcelPanel baseUrl={`${base}/excel`} /> },
  ];
  return (
    <WorkspaceProvider budgetId={data.budget.id} serverVersion={data.budget.version} editable={data.budget.editable}>
      <main className="workspace">
        <BudgetHeader data={data} unit={unit} canSubmit={can(user, 'budget.submit', data.org.id)} />
        <CommentList data={comments} budgetId={data.budget.id} canResolve={data.budget.editable && can(user, 'budget.edit', data.org.id)} openOnly />
        <WorkspaceLayout preview={<PreviewPanel doc={data.document} previewHref={`/budgets/${org}/${year}/preview`} names={names} />}>
          <WorkspaceTabs tabs={tabs} initial="lines" />
        </WorkspaceLayout>
        <InitialFocus />
      </main>
    </WorkspaceProvider>
  );
}
