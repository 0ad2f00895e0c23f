'use client';
import { VEHICLE_KIND_LABELS, type Assets, type VehicleKind } from '@/lib/domain/types';
import { saveAssetsAction } from '@/lib/actions/entry/budget-actions';
import { CarriedOverNote } from './carried-over-note';
import { FieldMessage, invalidProps, messagesOf, SaveFeedback, useSaveStatus, useWorkspace } from './workspace-context';

export function AssetsForm({ assets, year, carriedOver = false }: { assets: Assets; year: number; carriedOver?: boolean }) {
  const ws = useWorkspace();
  const status = useSaveStatus();
  const kinds = Object.keys(VEHICLE_KIND_LABELS) as VehicleKind[];
  const submit = (fd: FormData) =>
    status.track(() =>
      ws.save((v) =>
        saveAssetsAction({
          budgetId: ws.budgetId,
          expectedVersion: v,
          asOf: String(fd.get('asOf') ?? ''),
          vehicleQuota: String(fd.get('vehicleQuota') ?? ''),
          vehicles: Object.fromEntries(kinds.map((k) => [k, String(fd.get(`v-${k}`) ?? '')])) as Record<VehicleKind, string>,
          plannedPurchases: Object.fromEntries(kinds.map((k) => [k, String(fd.get(`p-${k}`) ?? '')])) as Record<VehicleKind, string>,
          officeArea: String(fd.get('officeArea') ?? ''),
          equipmentOver50: String(fd.get('equipmentOver50') ?? ''),
          equipmentOver100: String(fd.get('equipmentOver100') ?? ''),
        }),
      ),
    );
  /** The field's input props (id for ?focus=field:assets.<path>, invalid state) and its message. */
  const field = (path: string) => {
    const messages = messagesOf(status.error, path);
    return {
      props: { id: `field-assets.${path}`, ...invalidProps(messages, `error-assets.${path}`) },
      message: <FieldMessage id={`error-assets.${path}`} messages={messages} />,
    };
  };
  const [asOf, quota, area, over50, over100] = ['asOf', 'vehicleQuota', 'officeArea', 'equipmentOver50', 'equipmentOver100'].map(field);
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
        留空为“未填”，公开文本不会把未填写的数字印成0。 <CarriedOverNote show={carriedOver} />
      </p>
      <fieldset disabled={!ws.editable} className="form-grid">
        <label>
          资产统计截止日期
          <input name="asOf" type="date" required defaultValue={assets.asOf} {...asOf.props} />
          {asOf.message}
        </label>
        <label>
          公务用车编制数（辆）
          <input name="vehicleQuota" type="number" min={0} placeholder="未填" defaultValue={assets.vehicleQuota ?? ''} {...quota.props} />
          {quota.message}
        </label>
        {kinds.map((k) => {
          const f = field(`vehicles.${k}`);
          return (
            <label key={k}>
              实有 {VEHICLE_KIND_LABELS[k]}（辆）
              <input name={`v-${k}`} type="number" min={0} placeholder="未填" defaultValue={assets.vehicles[k] ?? ''} {...f.props} />
              {f.message}
            </label>
          );
        })}
        {kinds.map((k) => {
          const f = field(`plannedPurchases.${k}`);
          return (
            <label key={`p-${k}`}>
              {year}年计划购置 {VEHICLE_KIND_LABELS[k]}（辆）
              <input name={`p-${k}`} type="number" min={0} defaultValue={assets.plannedPurchases[k] ?? ''} {...f.props} />
              {f.message}
            </label>
          );
        })}
        <label>
          办公用房建筑总面积（平方米）
          <input name="officeArea" inputMode="decimal" placeholder="未填" defaultValue={assets.officeArea ?? ''} {...area.props} />
          {area.message}
        </label>
        <label>
          单价50万元以上通用设备（台/套）
          <input name="equipmentOver50" type="number" min={0} placeholder="未填" defaultValue={assets.equipmentOver50 ?? ''} {...over50.props} />
          {over50.message}
        </label>
        <label>
          单价100万元以上专用设备（台/套）
          <input name="equipmentOver100" type="number" min={0} placeholder="未填" defaultValue={assets.equipmentOver100 ?? ''} {...over100.props} />
          {over100.message}
        </label>
        <button type="submit" className="primary">
          保存国有资产
        </button>
      </fieldset>
      <SaveFeedback {...status} />
    </form>
  );
}
