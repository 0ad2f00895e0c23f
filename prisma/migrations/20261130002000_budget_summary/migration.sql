-- The reviewer queue reads each budget's summary from the budget row instead of deriving every
-- draft on every load. Every budget write (entry edits, Excel import, new budgets, the seed and the
-- workflow transitions) rewrites these columns in its own transaction (lib/data/budget/budget-summary.ts).
--   total           收支总计: the sum of the budget's expenditure lines, 元
--   blocking_checks failing BLOCKING checks of its document (the live derivation of a 草稿/退回修改
--   warning_checks  budget, the latest frozen version's document otherwise)
--   checks_at       when the counts were computed; NULL = 未计算 (the queue computes such rows on first read)
ALTER TABLE "budget" ADD COLUMN "total" DECIMAL(18,2) NOT NULL DEFAULT 0;
ALTER TABLE "budget" ADD COLUMN "blocking_checks" INTEGER;
ALTER TABLE "budget" ADD COLUMN "warning_checks" INTEGER;
ALTER TABLE "budget" ADD COLUMN "checks_at" TIMESTAMPTZ(3);

-- Backfill: the totals are plain SQL; the check counts stay NULL (未计算) until first computed.
UPDATE "budget" b SET "total" = s.total
FROM (SELECT budget_id, sum(amount) AS total FROM "expenditure_line" GROUP BY budget_id) s
WHERE s.budget_id = b.id;
