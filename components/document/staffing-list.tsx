import type { Staffing } from '@/lib/domain/types';
import { staffingItems } from '@/lib/domain/unknown-figures';

/** 机构设置 staffing figures as the document prints them; a blank one reads 未填, never 0. */
export function StaffingList({ staffing }: { staffing: Staffing }) {
  return (
    <dl className="staffing">
      {staffingItems(staffing).map((i) => (
        <div key={i.key}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
