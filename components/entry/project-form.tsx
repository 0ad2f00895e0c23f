'use client';
import { useState } from 'react';
import { PROJECT_FUNDING_LEVEL_LABELS, type ProjectFunding, type ProjectFundingLevel } from '@/lib/domain/types';
import { PROJECT_ATTRIBUTES, PROJECT_CATEGORIES } from '@/lib/domain/entry-labels';
import type { ProjectInput } from '@/lib/data/entry/project-rules';
import { IndicatorEditor } from './indicator-editor';
import { FieldMessage, invalidProps, messagesOf, type SaveError } from './workspace-context';

const LEVELS = Object.keys(PROJECT_FUNDING_LEVEL_LABELS) as ProjectFundingLevel[];
const TEXTS: [keyof ProjectInput, string][] = [
  ['overview', '项目概况'],
  ['basis', '立项依据'],
  ['necessity', '项目设立必要性'],
  ['safeguards', '保证项目实施的制度、措施'],
  ['plan', '项目实施计划'],
  ['goalPeriod', '总体目标（实施期目标）'],
  ['goalYear', '总体目标（年度目标）'],
];
const CONTACTS: [keyof ProjectInput, string][] = [
  ['manager', '负责人'],
  ['handler', '经办人'],
  ['phone', '联系电话'],
  ['filledAt', '填报日期'],
];

/** Every field of a project's performance-target table. */
export function ProjectForm({
  initial,
  isNew,
  disabled,
  pending,
  error,
  onSave,
  onCancel,
}: {
  initial: ProjectInput;
  isNew: boolean;
  disabled: boolean;
  pending: boolean;
  error: SaveError | null;
  onSave: (p: ProjectInput) => void;
  onCancel: () => void;
}) {
  const [p, setP] = useState(initial);
  /** A field's invalid state and its message beside it (paths as the server names them: project.<field>). */
  const check = (field: string) => {
    const messages = messagesOf(error, `project.${field}`);
    return { props: invalidProps(messages, `error-project.${field}`), message: <FieldMessage id={`error-project.${field}`} messages={messages} /> };
  };
  const set = (patch: Partial<ProjectInput>) => setP((x) => ({ ...x, ...patch }));
  const setFund = (scope: 'fundingPeriod' | 'fundingYear', level: ProjectFundingLevel, v: string) => {
    const next: ProjectFunding = { ...p[scope] };
    if (v.trim() === '') delete next[level];
    else next[level] = v.trim();
    set({ [scope]: next } as Partial<ProjectInput>);
  };
  return (
    <form
      className="entry-form project-form"
      aria-label={`项目 ${p.code}`}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(p);
      }}
    >
      <fieldset disabled={disabled} className="form-grid">
        <label>
          项目编码
          <input name="code" value={p.code} readOnly={!isNew} onChange={(e) => set({ code: e.target.value })} {...check('code').props} />
          {check('code').message}
        </label>
        <label>
          项目名称
          <input name="name" value={p.name} onChange={(e) => set({ name: e.target.value })} {...check('name').props} />
          {check('name').message}
        </label>
        <label>
          设立年度
          <input
            name="originYear"
            type="number"
            value={p.originYear}
            readOnly={!isNew}
            onChange={(e) => set({ originYear: Number(e.target.value) })}
            {...check('originYear').props}
          />
          {check('originYear').message}
        </label>
        <label>
          项目类别
          <select name="category" value={p.category} onChange={(e) => set({ category: e.target.value })} {...check('category').props}>
            {[...new Set([p.category, ...PROJECT_CATEGORIES])].filter(Boolean).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          项目属性
          <select name="attribute" value={p.attribute} onChange={(e) => set({ attribute: e.target.value })} {...check('attribute').props}>
            {[...new Set([p.attribute, ...PROJECT_ATTRIBUTES])].filter(Boolean).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          项目期
          <input name="period" value={p.period ?? ''} onChange={(e) => set({ period: e.target.value || null })} {...check('period').props} />
          {check('period').message}
        </label>
      </fieldset>
      <div className="table-scroll">
        <table className="data">
          <caption>项目资金（元）</caption>
          <thead>
            <tr>
              <th />{' '}
              {LEVELS.map((l) => (
                <th key={l}>{PROJECT_FUNDING_LEVEL_LABELS[l]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['fundingPeriod', 'fundingYear'] as const).map((scope) => (
              <tr key={scope}>
                <th scope="row">{scope === 'fundingPeriod' ? '实施期资金总额' : '年度资金总额'}</th>
                {LEVELS.map((l) => (
                  <td key={l}>
                    <input
                      aria-label={`${scope === 'fundingPeriod' ? '实施期' : '年度'}${PROJECT_FUNDING_LEVEL_LABELS[l]}`}
                      inputMode="decimal"
                      disabled={disabled}
                      value={p[scope][l] ?? ''}
                      onChange={(e) => setFund(scope, l, e.target.value)}
                      {...check(`${scope}.${l}`).props}
                    />
                    {check(`${scope}.${l}`).message}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {messagesOf(error, 'project.indicatorsPeriod', 'project.indicatorsYear').length > 0 && (
        <FieldMessage id="error-project.indicators" messages={messagesOf(error, 'project.indicatorsPeriod', 'project.indicatorsYear')} />
      )}
      <fieldset disabled={disabled}>
        {TEXTS.map(([k, label]) => (
          <label key={k} className="block">
            {label}
            <textarea
              name={k}
              rows={2}
              maxLength={5000}
              value={String(p[k] ?? '')}
              onChange={(e) => set({ [k]: e.target.value } as Partial<ProjectInput>)}
              {...check(k).props}
            />
            {check(k).message}
          </label>
        ))}
      </fieldset>
      <h4>实施期绩效指标</h4>
      <IndicatorEditor scope="实施期" value={p.indicatorsPeriod} onChange={(v) => set({ indicatorsPeriod: v })} disabled={disabled} />
      <h4>年度绩效指标</h4>
      <IndicatorEditor scope="年度" value={p.indicatorsYear} onChange={(v) => set({ indicatorsYear: v })} disabled={disabled} />
      <fieldset disabled={disabled} className="form-grid">
        {CONTACTS.map(([k, label]) => (
          <label key={k}>
            {label}
            <input name={k} value={String(p[k] ?? '')} onChange={(e) => set({ [k]: e.target.value } as Partial<ProjectInput>)} {...check(k).props} />
            {check(k).message}
          </label>
        ))}
      </fieldset>
      {!disabled && (
        <p>
          <button type="submit" className="primary" disabled={pending}>
            {pending ? '正在保存…' : '保存项目'}
          </button>{' '}
          <button type="button" onClick={onCancel}>
            关闭
          </button>
        </p>
      )}
    </form>
  );
}
