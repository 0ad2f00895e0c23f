'use client';
import type { OrgInfo } from '@/lib/domain/types';
import { saveUnitProfileAction } from '@/lib/actions/entry/budget-actions';
import { CarriedOverNote } from './carried-over-note';
import { FieldMessage, invalidProps, messagesOf, SaveFeedback, useSaveStatus, useWorkspace } from './workspace-context';

const COUNTS = [
  ['internalDivisions', '内设科室数（个）'],
  ['authorizedHeadcount', '核定编制数（人）'],
  ['actualHeadcount', '实际在编人数（人）'],
  ['otherPersonnel', '其他人员（人）'],
] as const;

export function ProfileForm({ org, carriedOver = false }: { org: OrgInfo; carriedOver?: boolean }) {
  const ws = useWorkspace();
  const status = useSaveStatus();
  const submit = (fd: FormData) =>
    status.track(() =>
      ws.save((v) =>
        saveUnitProfileAction({
          budgetId: ws.budgetId,
          expectedVersion: v,
          duties: String(fd.get('duties') ?? ''),
          structure: String(fd.get('structure') ?? ''),
          internalDivisions: String(fd.get('internalDivisions') ?? ''),
          authorizedHeadcount: String(fd.get('authorizedHeadcount') ?? ''),
          actualHeadcount: String(fd.get('actualHeadcount') ?? ''),
          otherPersonnel: String(fd.get('otherPersonnel') ?? ''),
        }),
      ),
    );
  const err = (name: string) => messagesOf(status.error, name);
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
        <CarriedOverNote show={carriedOver} />
        <label htmlFor="field-duties">本单位职责</label>
        <textarea id="field-duties" name="duties" rows={6} maxLength={5000} defaultValue={org.duties} {...invalidProps(err('duties'), 'error-duties')} />
        <FieldMessage id="error-duties" messages={err('duties')} />
        <label htmlFor="field-structure">机构设置情况</label>
        <textarea
          id="field-structure"
          name="structure"
          rows={4}
          maxLength={5000}
          defaultValue={org.structure}
          {...invalidProps(err('structure'), 'error-structure')}
        />
        <FieldMessage id="error-structure" messages={err('structure')} />
        <div className="form-row">
          {COUNTS.map(([k, label]) => (
            <label key={k}>
              {label}
              <input
                id={`field-${k}`}
                name={k}
                type="number"
                min={0}
                step={1}
                placeholder="未填"
                defaultValue={org.staffing[k] ?? ''}
                {...invalidProps(err(k), `error-${k}`)}
              />
              <FieldMessage id={`error-${k}`} messages={err(k)} />
            </label>
          ))}
        </div>
        <button type="submit" className="primary">
          保存单位概况
        </button>
      </fieldset>
      <SaveFeedback {...status} />
    </form>
  );
}
