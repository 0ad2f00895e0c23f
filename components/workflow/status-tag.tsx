import type { BudgetStatus } from '@/lib/generated/prisma/enums';
import { budgetStatusLabel, type ReviewLevels } from '@/lib/domain/review-chain';

export function StatusTag({ status, reviewLevels = 1 }: { status: BudgetStatus; reviewLevels?: ReviewLevels }) {
  return (
    <span className={`tag status-tag status-${status.toLowerCase()}`} data-status={status}>
      {budgetStatusLabel(status, reviewLevels)}
    </span>
  );
}
