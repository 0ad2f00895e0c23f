'use client';
import type { NarrativeReasons, PriorYearFigures } from '@/lib/domain/types';
import { PRIOR_YEAR_LABELS, REASON_LABELS, type PriorYearField } from '@/lib/domain/entry-labels';
import { saveNarrativeTextsAction, savePriorYearAction } from '@/lib/actions/entry/budget-actions';
import { CarriedOverNote } from './carried-over-note';
import { FieldMessage, invalidProps, messagesOf, SaveFeedback, useSaveStatus, useWorkspace } from './workspace-context';

export function ReasonsForm({ reasons, carriedOver = [] }: { reasons: NarrativeReasons; carriedOver?: string[] }) {
  const ws = useWorkspace();
  const status = useSaveStatus();
  const keys = Object.keys(REASON_LABELS) as (keyof NarrativeReasons)[];
  const submit = (fd: FormData) =>
    status.track(() =>
      ws.save((v) =>
        saveNarrativeTextsAction({ budgetId: ws.budgetId, expectedVersion: v, reasons: Object.fromEntries(keys.map((k) => [k, String(fd.get(k) ?? '')])) }),
      ),
    );
  return (
    <form
      ref={status.scope}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="entry-form"
    >
      <fieldset disabled={!ws.editable}>
        {keys.map((k) => (
          <div key={k}>
            <label htmlFor={`field-reasons.${k}`}>{REASON_LABELS[k]}</label> <CarriedOverNote show={carriedOver.includes(`reasons.${k}`)} />
            <textarea
              id={`field-reasons.${k}`}
              name={k}
              rows={2}
              maxLength={2000}
              defaultValue={reasons[k]}
              {...invalidProps(messagesOf(status.error, `reasons.${k}`), `error-reasons.${k}`)}
            />
            <FieldMessage id={`error-reasons.${k}`} messages={messagesOf(status.error, `reasons.${k}`)} />
          </div>
        ))}
        <button type="submit" className="primary">
          保存情况说明
        </button>
      </fieldset>
      <SaveFeedback {...status} />
    </form>
  );
}

const flatPrior = (p: PriorYearFigures): Record<PriorYearField, string | null> => ({
  totalIncome: p.totalIncome,
  totalExpenditure: p.totalExpenditure,
  generalCurrentExpenditure: p.generalCurrentExpenditure,
  ...p.threePublic,
  operatingCost: p.operatingCost,
});

export function PriorYearForm({ priorYear, filledFromSystem }: { priorYear: PriorYearFigures; filledFromSystem: boolean }) {
  const ws = useWorkspace();
  const status = useSaveStatus();
  const values = flatPrior(priorYear);
  const keys = Object.keys(PRIOR_YEAR_LABELS) as PriorYearField[];
  const submit = (fd: FormData) =>
    status.track(() =>
      ws.save((v) =>
        savePriorYearAction({
          budgetId: ws.budgetId,
          expectedVersion: v,
          figures: Object.fromEntries(keys.map((k) => [k, String(fd.get(k) ?? '')])) as Record<PriorYearField, string | null>,
        }),
      ),
    );
  return (
    <form
      ref={status.scope}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="entry-form"
    >
      <p className="muted">
        {filledFromSystem ? '已按系统中上年预算的派生数填入，可按批复数修改。' : '系统中没有上年预算，请按上年批复数填写。'}
        单位：元。留空为“未填”，情况说明不作与上年的比较。
      </p>
      <fieldset disabled={!ws.editable} className="form-grid" id="field-priorYear">
        {keys.map((k) => (
          <label key={k}>
            {PRIOR_YEAR_LABELS[k]}
            <input
              id={`field-priorYear.${k}`}
              name={k}
              inputMode="decimal"
              placeholder="未填"
              defaultValue={values[k] ?? ''}
              {...invalidProps(messagesOf(status.error, `figures.${k}`), `error-priorYear.${k}`)}
            />
            <FieldMessage id={`error-priorYear.${k}`} messages={messagesOf(status.error, `figures.${k}`)} />
          </label>
        ))}
        <button type="submit" className="primary">
          保存上年对比数
        </button>
      </fieldset>
      <SaveFeedback {...status} />
    </form>
  );
}
