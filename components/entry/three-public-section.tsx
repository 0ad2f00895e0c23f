import { THREE_PUBLIC_CODES, threePublic, type ThreePublicItem } from '@/lib/domain/narrative/figures';
import { matches } from '@/lib/domain/aggregate';
import { wan, yuanText } from '@/lib/domain/money';
import { FISCAL_SOURCES, FUND_SOURCE_LABELS, type UnitBudget } from '@/lib/domain/types';

const ITEMS: [ThreePublicItem, string][] = [
  ['abroad', '因公出国（境）费'],
  ['reception', '公务接待费'],
  ['vehiclePurchase', '公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
];

/** 三公经费 as derived: 财政拨款 当年预算安排 lines of each item's 部门经济科目, listed line by line. */
export function ThreePublicSection({ unit }: { unit: UnitBudget }) {
  return (
    <div>
      <p className="muted">三公经费不单独填报，由支出明细中财政拨款（一般公共预算、政府性基金、国有资本经营）当年预算安排、以下部门经济科目的金额汇总而来。</p>
      {ITEMS.map(([item, label]) => {
        const code = THREE_PUBLIC_CODES[item];
        const lines = unit.lines.filter((l) => matches(l, { deptEconPrefix: code, sources: FISCAL_SOURCES, timing: 'CURRENT' }));
        const total = threePublic(unit.lines, item);
        return (
          <section key={item} aria-label={label} className="three-public-item">
            <h4>
              {label}（部门经济科目 {code}）：{yuanText(total)} 元 / {wan(total)} 万元
            </h4>
            {lines.length === 0 ? (
              <p className="muted">没有对应的支出明细。</p>
            ) : (
              <ul>
                {lines.map((l) => (
                  <li key={l.id}>
                    <a href={`#line-${l.id}`}>支出明细 {l.id}</a> 功能科目 {l.functionCode}，{FUND_SOURCE_LABELS[l.source]}，{yuanText(l.amount)} 元
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
