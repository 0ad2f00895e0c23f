'use client';
import { useEffect, useState } from 'react';
import { useWorkspaceFocus, whenRendered } from './workspace-focus';
import type { Project } from '@/lib/domain/types';
import type { ProjectInput } from '@/lib/data/entry/project-rules';
import { carryOverProjectAction, deleteProjectAction, saveProjectAction } from '@/lib/actions/entry/project-actions';
import { fundingTotal } from '@/lib/domain/projects';
import { SaveFeedback, useSaveStatus, useWorkspace } from './workspace-context';
import { ProjectForm } from './project-form';
import { CarriedOverNote } from './carried-over-note';

function blankProject(code: string, year: number): ProjectInput {
  return {
    code,
    name: '',
    originYear: year,
    category: '特定目标类',
    attribute: '一次性项目',
    period: '1年',
    fundingPeriod: {},
    fundingYear: {},
    overview: '',
    basis: '',
    necessity: '',
    safeguards: '',
    plan: '',
    goalPeriod: '',
    goalYear: '',
    indicatorsPeriod: [],
    indicatorsYear: [],
    manager: '',
    handler: '',
    phone: '',
    filledAt: '',
  };
}

export function ProjectEditor({
  projects,
  orgCode,
  year,
  previousProjects,
  carriedOver = [],
}: {
  projects: Project[];
  orgCode: string;
  year: number;
  previousProjects: { code: string; name: string }[];
  carriedOver?: string[];
}) {
  const ws = useWorkspace();
  const status = useSaveStatus();
  const [editing, setEditing] = useState<{ project: ProjectInput; isNew: boolean } | null>(null);
  const [carry, setCarry] = useState('');
  const [flash, setFlash] = useState<{ code: string; n: number } | null>(null);
  useWorkspaceFocus((focus) => {
    if (focus.kind !== 'project') return;
    const p = projects.find((x) => x.code === focus.ref);
    if (!p) return;
    setEditing({ project: p, isNew: false });
    setFlash((f) => ({ code: p.code, n: (f?.n ?? 0) + 1 }));
    whenRendered(`project-${p.code}`, (el) => el.scrollIntoView({ block: 'center' }));
  });
  useEffect(() => {
    if (!flash) return;
    const t = window.setTimeout(() => setFlash(null), 3000);
    return () => window.clearTimeout(t);
  }, [flash]);
  const nextCode = () => {
    const used = new Set(projects.map((p) => p.code));
    for (let n = 1; ; n++) {
      const code = `${orgCode}-${year}-${String(n).padStart(2, '0')}`;
      if (!used.has(code)) return code;
    }
  };
  const save = async (p: ProjectInput) => {
    const r = await status.track(() => ws.save((v) => saveProjectAction({ budgetId: ws.budgetId, expectedVersion: v, project: p })));
    if (r?.ok) setEditing({ project: p, isNew: false });
  };
  return (
    <div ref={status.scope}>
      <div className="table-scroll">
        <table className="data">
          <caption>本年度项目库</caption>
          <thead>
            <tr>
              <th>项目编码</th>
              <th>项目名称</th>
              <th>类别</th>
              <th>设立年度</th>
              <th>年度资金总额（元）</th>
              <th>绩效指标（实施期/年度）</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {projects.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  尚无项目
                </td>
              </tr>
            )}
            {projects.map((p) => (
              <tr
                key={p.code}
                id={`project-${p.code}`}
                className={[editing?.project.code === p.code ? 'active' : '', flash?.code === p.code ? 'focus-flash' : ''].join(' ').trim() || undefined}
              >
                <td>{p.code}</td>
                <td>
                  {p.name} <CarriedOverNote show={carriedOver.includes(`project.${p.code}`)} />
                </td>
                <td>{p.category}</td>
                <td>{p.originYear}</td>
                <td className="amount">{fundingTotal(p.fundingYear)}</td>
                <td>
                  {p.indicatorsPeriod.length} / {p.indicatorsYear.length}
                </td>
                <td className="row-actions">
                  <button type="button" onClick={() => setEditing({ project: p, isNew: false })}>
                    {ws.editable ? '编辑' : '查看'}
                  </button>
                  {ws.editable && (
                    <button
                      type="button"
                      onClick={() => {
                        if (window.confirm(`删除项目 ${p.code} ${p.name}？`))
                          void status.track(() => ws.save((v) => deleteProjectAction({ budgetId: ws.budgetId, expectedVersion: v, projectCode: p.code })));
                      }}
                    >
                      删除
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ws.editable && (
        <p className="toolbar">
          <button type="button" onClick={() => setEditing({ project: blankProject(nextCode(), year), isNew: true })}>
            新建项目
          </button>
          {previousProjects.length > 0 && (
            <>
              <label>
                {' '}
                从上年结转
                <select value={carry} onChange={(e) => setCarry(e.target.value)}>
                  <option value="">选择上年项目</option>
                  {previousProjects.map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.code} {p.name}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                disabled={!carry || status.pending}
                onClick={() =>
                  void status.track(() => ws.save((v) => carryOverProjectAction({ budgetId: ws.budgetId, expectedVersion: v, projectCode: carry })))
                }
              >
                结转到本年
              </button>
            </>
          )}
        </p>
      )}
      <SaveFeedback {...status} />
      {editing && (
        <ProjectForm
          key={`${editing.project.code}-${editing.isNew}`}
          initial={editing.project}
          isNew={editing.isNew}
          disabled={!ws.editable}
          pending={status.pending}
          error={status.error}
          onSave={(p) => void save(p)}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}
