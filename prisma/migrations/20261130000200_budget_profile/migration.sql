-- 单位概况 (本单位职责, 机构设置, staffing) belongs to a year's budget: editing the 2027 draft must not
-- change what the 2026 budget shows. The organisation keeps its columns as the department-level /
-- default profile.

-- AlterTable
ALTER TABLE "budget" ADD COLUMN     "actual_headcount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "authorized_headcount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "duties" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "internal_divisions" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "other_personnel" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "structure" TEXT NOT NULL DEFAULT '';

ALTER TABLE "budget" ADD CONSTRAINT "budget_staffing_check" CHECK (
  "internal_divisions" >= 0 AND "authorized_headcount" >= 0 AND "actual_headcount" >= 0 AND "other_personnel" >= 0);

-- Every existing budget keeps showing what it showed: its organisation's current profile.
UPDATE "budget" AS b
SET "duties" = o."duties",
    "structure" = o."structure",
    "internal_divisions" = o."internal_divisions",
    "authorized_headcount" = o."authorized_headcount",
    "actual_headcount" = o."actual_headcount",
    "other_personnel" = o."other_personnel"
FROM "organization" AS o
WHERE o."id" = b."org_id";
