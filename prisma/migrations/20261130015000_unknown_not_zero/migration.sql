-- Unknown is not zero: a staffing number, an asset count or a prior-year figure nobody entered is NULL
-- (未填), never 0. Existing values are kept as they are (a stored 0 may be a real 0).
ALTER TABLE "organization" ALTER COLUMN "internal_divisions" DROP NOT NULL, ALTER COLUMN "internal_divisions" DROP DEFAULT,
  ALTER COLUMN "authorized_headcount" DROP NOT NULL, ALTER COLUMN "authorized_headcount" DROP DEFAULT,
  ALTER COLUMN "actual_headcount" DROP NOT NULL, ALTER COLUMN "actual_headcount" DROP DEFAULT,
  ALTER COLUMN "other_personnel" DROP NOT NULL, ALTER COLUMN "other_personnel" DROP DEFAULT;
ALTER TABLE "budget" ALTER COLUMN "internal_divisions" DROP NOT NULL, ALTER COLUMN "internal_divisions" DROP DEFAULT,
  ALTER COLUMN "authorized_headcount" DROP NOT NULL, ALTER COLUMN "authorized_headcount" DROP DEFAULT,
  ALTER COLUMN "actual_headcount" DROP NOT NULL, ALTER COLUMN "actual_headcount" DROP DEFAULT,
  ALTER COLUMN "other_personnel" DROP NOT NULL, ALTER COLUMN "other_personnel" DROP DEFAULT;

ALTER TABLE "asset_snapshot" ALTER COLUMN "vehicle_quota" DROP NOT NULL,
  ALTER COLUMN "office_area" DROP NOT NULL,
  ALTER COLUMN "equipment_over_50" DROP NOT NULL,
  ALTER COLUMN "equipment_over_100" DROP NOT NULL;
ALTER TABLE "asset_vehicle" ALTER COLUMN "count" DROP NOT NULL;

ALTER TABLE "prior_year_figure" ALTER COLUMN "total_income" DROP NOT NULL,
  ALTER COLUMN "total_expenditure" DROP NOT NULL,
  ALTER COLUMN "general_current_expenditure" DROP NOT NULL,
  ALTER COLUMN "abroad" DROP NOT NULL,
  ALTER COLUMN "reception" DROP NOT NULL,
  ALTER COLUMN "vehicle_purchase" DROP NOT NULL,
  ALTER COLUMN "vehicle_operation" DROP NOT NULL,
  ALTER COLUMN "operating_cost" DROP NOT NULL;

-- Fields real documents print: the assets' as-of date (NULL = 31 December of the prior year), planned
-- vehicle purchases by kind, and the 政府采购 amounts reserved for 中小企业 and, of them, 小微企业 (元).
ALTER TABLE "asset_snapshot" ADD COLUMN "as_of" DATE;
ALTER TABLE "asset_vehicle" ADD COLUMN "planned_purchase" INTEGER;
ALTER TABLE "asset_vehicle" ADD CONSTRAINT "asset_vehicle_planned_purchase_check" CHECK ("planned_purchase" >= 0);
ALTER TABLE "budget" ADD COLUMN "sme_reserved" DECIMAL(18,2),
  ADD COLUMN "small_micro_reserved" DECIMAL(18,2);
ALTER TABLE "budget" ADD CONSTRAINT "budget_procurement_reserve_check" CHECK (
  "sme_reserved" >= 0 AND "sme_reserved" < 1000000000000 AND "small_micro_reserved" >= 0 AND "small_micro_reserved" <= "sme_reserved");

-- 沿用上年 markers: a text or figure copied from the previous year stays marked until the user saves it.
ALTER TABLE "budget" ADD COLUMN "profile_carried_over" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "narrative_text" ADD COLUMN "carried_over" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "project_plan" ADD COLUMN "carried_over" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "asset_snapshot" ADD COLUMN "carried_over" BOOLEAN NOT NULL DEFAULT false;

-- Reasons are stored without the lead the template adds (…，主要原因是<reason>): strip a pasted one.
UPDATE "narrative_text"
SET "text" = regexp_replace("text", '^\s*(主要)?原因((是|为)[：:]?|[：:])\s*', '')
WHERE "key" LIKE '%Change' AND "text" ~ '^\s*(主要)?原因((是|为)[：:]?|[：:])';
