'use client';
import type { Indicator, IndicatorComparator } from '@/lib/domain/types';
import { INDICATOR_TREE } from '@/lib/domain/projects/indicator-tree';

const COMPARATORS: IndicatorComparator[] = ['≥', '≤', '=', '>', '<'];

/** Editor of one indicator tree (一级 → 二级 → 三级 → 指标值), for 实施期 or 年度. */
export function IndicatorEditor({
  scope,
  value,
  onChange,
  disabled,
}: {
  scope: string;
  value: Indicator[];
  onChange: (v: Indicator[]) => void;
  disabled: boolean;
}) {
  const set = (i: number, patch: Partial<Indicator> | { value: Indicator['value'] }) => onChange(value.map((ind, j) => (j === i ? { ...ind, ...patch } : ind)));
  const setValue = (i: number, patch: Partial<Indicator['value']>) => set(i, { value: { ...value[i].value, ...patch } });
  const moveRow = (i: number, d: number) => {
    const j = i + d;
    if (j < 0 || j >= value.length) return;
    const next = [...value];
    [next[i], next[j]] = [next[j], next[i]];
    onChange(next);
  };
  const add = () => onChange([...value, { level1: '产出指标', level2: '数量指标', name: '', value: { comparator: '≥', number: '', unit: '', text: '' } }]);
  return (
    <table className="data indicators" aria-label={`${scope}绩效指标`}>
      <thead>
        <tr>
          <th>一级指标</th>
          <th>二级指标</th>
          <th>三级指标</th>
          <th>比较符</th>
          <th>数值</th>
          <th>单位</th>
          <th>或文字指标值</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {value.map((ind, i) => {
          const level2s = INDICATOR_TREE.find((g) => g.level1 === ind.level1)?.level2 ?? [];
          return (
            <tr key={i} data-indicator-row={i}>
              <td>
                <select
                  aria-label="一级指标"
                  value={ind.level1}
                  disabled={disabled}
                  onChange={(e) => set(i, { level1: e.target.value, level2: INDICATOR_TREE.find((g) => g.level1 === e.target.value)!.level2[0] })}
                >
                  {INDICATOR_TREE.map((g) => (
                    <option key={g.level1}>{g.level1}</option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label="二级指标" value={ind.level2} disabled={disabled} onChange={(e) => set(i, { level2: e.target.value })}>
                  {!level2s.includes(ind.level2) && <option>{ind.level2}</option>}
                  {level2s.map((l) => (
                    <option key={l}>{l}</option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label="三级指标" value={ind.name} disabled={disabled} onChange={(e) => set(i, { name: e.target.value })} />
              </td>
              <td>
                <select
                  aria-label="比较符"
                  value={ind.value.comparator ?? ''}
                  disabled={disabled}
                  onChange={(e) => setValue(i, { comparator: (e.target.value || null) as IndicatorComparator | null })}
                >
                  <option value="">（无）</option>
                  {COMPARATORS.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label="数值"
                  inputMode="decimal"
                  size={8}
                  value={ind.value.number ?? ''}
                  disabled={disabled}
                  onChange={(e) => setValue(i, { number: e.target.value })}
                />
              </td>
              <td>
                <input aria-label="单位" size={5} value={ind.value.unit ?? ''} disabled={disabled} onChange={(e) => setValue(i, { unit: e.target.value })} />
              </td>
              <td>
                <input aria-label="文字指标值" value={ind.value.text ?? ''} disabled={disabled} onChange={(e) => setValue(i, { text: e.target.value })} />
              </td>
              <td className="row-actions">
                {!disabled && (
                  <>
                    <button type="button" aria-label="上移" onClick={() => moveRow(i, -1)}>
                      ↑
                    </button>
                    <button type="button" aria-label="下移" onClick={() => moveRow(i, 1)}>
                      ↓
                    </button>
                    <button type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                      删除
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
      {!disabled && (
        <tfoot>
          <tr>
            <td colSpan={8}>
              <button type="button" onClick={add}>
                添加{scope}指标
              </button>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
