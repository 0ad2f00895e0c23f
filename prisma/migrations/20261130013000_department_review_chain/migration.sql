-- The review chain through the department (主管部门): a department reviewer (DEPT_REVIEWER, bound to one
-- department through user_unit) forwards (转报财政, SUBMITTED → FORWARDED) or returns the budgets of the
-- department's units before the finance bureau approves them. Each department chooses one level
-- (单位 → 财政局, the default) or two (单位 → 主管部门 → 财政局); a unit follows its department.
-- Forwarding changes the status of the budget and of its submitted version; no version is frozen.
ALTER TYPE "Role" ADD VALUE 'DEPT_REVIEWER';
ALTER TYPE "BudgetStatus" ADD VALUE 'FORWARDED' AFTER 'SUBMITTED';
ALTER TABLE "organization" ADD COLUMN "review_levels" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "organization" ADD CONSTRAINT "organization_review_levels_check" CHECK ("review_levels" IN (1, 2));
