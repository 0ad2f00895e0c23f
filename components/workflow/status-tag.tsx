import type { BudgetStatus } from '@/lib/generated/prisma/enums';
import { BUDGET_STATUS_LABELS } from '@/lib/domain/entry-labels';

export function StatusTag({ status }: { status: BudgetStatus }) {
  return (
    <span className={`tag status-tag status-${status.toLowerCase()}`} data-status={status}>
      {BUDGET_STATUS_LABELS[status]}
    </span>
  );
}
