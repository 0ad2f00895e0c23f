-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('ADMIN', 'CIVIL_SERVANT_INSTITUTION', 'INSTITUTION');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ACCOUNTANT', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "FundSource" AS ENUM ('GENERAL', 'GOV_FUND', 'STATE_CAPITAL', 'SPECIAL_ACCOUNT', 'UNIT_OWN');

-- CreateEnum
CREATE TYPE "SpendingKind" AS ENUM ('BASIC', 'PROJECT');

-- CreateEnum
CREATE TYPE "FundTiming" AS ENUM ('CURRENT', 'CARRYOVER');

-- CreateEnum
CREATE TYPE "BudgetStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ProcurementCategory" AS ENUM ('GOODS', 'WORKS', 'SERVICES');

-- CreateEnum
CREATE TYPE "GoalScope" AS ENUM ('PERIOD', 'YEAR');

-- CreateEnum
CREATE TYPE "ProjectFundingLevel" AS ENUM ('CENTRAL', 'PROVINCIAL', 'CITY_COUNTY', 'SELF_RAISED', 'OTHER');

-- CreateEnum
CREATE TYPE "VehicleKind" AS ENUM ('LEADER', 'CONFIDENTIAL', 'EMERGENCY', 'LAW_ENFORCEMENT', 'SPECIAL_TECHNICAL', 'INSTITUTION_BUSINESS', 'OTHER');

-- CreateEnum
CREATE TYPE "CommentTarget" AS ENUM ('GENERAL', 'TABLE', 'LINE', 'PROJECT');

-- CreateTable
CREATE TABLE "fiscal_year" (
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "is_open" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fiscal_year_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_department" BOOLEAN NOT NULL DEFAULT false,
    "unit_kind" "UnitKind",
    "parent_id" UUID,
    "duties" TEXT NOT NULL DEFAULT '',
    "structure" TEXT NOT NULL DEFAULT '',
    "internal_divisions" INTEGER NOT NULL DEFAULT 0,
    "authorized_headcount" INTEGER NOT NULL DEFAULT 0,
    "actual_headcount" INTEGER NOT NULL DEFAULT 0,
    "other_personnel" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_unit" (
    "user_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,

    CONSTRAINT "user_unit_pkey" PRIMARY KEY ("user_id","org_id")
);

-- CreateTable
CREATE TABLE "login_attempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "function_subject" (
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parent_code" TEXT,

    CONSTRAINT "function_subject_pkey" PRIMARY KEY ("year","code")
);

-- CreateTable
CREATE TABLE "dept_econ_subject" (
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parent_code" TEXT,

    CONSTRAINT "dept_econ_subject_pkey" PRIMARY KEY ("year","code")
);

-- CreateTable
CREATE TABLE "gov_econ_subject" (
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parent_code" TEXT,

    CONSTRAINT "gov_econ_subject_pkey" PRIMARY KEY ("year","code")
);

-- CreateTable
CREATE TABLE "econ_mapping" (
    "year" INTEGER NOT NULL,
    "dept_code" TEXT NOT NULL,
    "gov_code_admin" TEXT NOT NULL,
    "gov_code_institution" TEXT NOT NULL,

    CONSTRAINT "econ_mapping_pkey" PRIMARY KEY ("year","dept_code")
);

-- CreateTable
CREATE TABLE "funding_source" (
    "code" "FundSource" NOT NULL,
    "name" TEXT NOT NULL,
    "is_fiscal" BOOLEAN NOT NULL,

    CONSTRAINT "funding_source_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "budget" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "BudgetStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "origin_year" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_plan" (
    "id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "period" TEXT,
    "overview" TEXT NOT NULL DEFAULT '',
    "basis" TEXT NOT NULL DEFAULT '',
    "necessity" TEXT NOT NULL DEFAULT '',
    "safeguards" TEXT NOT NULL DEFAULT '',
    "plan" TEXT NOT NULL DEFAULT '',
    "goal_period" TEXT NOT NULL DEFAULT '',
    "goal_year" TEXT NOT NULL DEFAULT '',
    "manager" TEXT NOT NULL DEFAULT '',
    "handler" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "filled_at" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "project_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_funding" (
    "plan_id" UUID NOT NULL,
    "scope" "GoalScope" NOT NULL,
    "level" "ProjectFundingLevel" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "project_funding_pkey" PRIMARY KEY ("plan_id","scope","level")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "scope" "GoalScope" NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "level1" TEXT NOT NULL,
    "level2" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "comparator" TEXT,
    "number" DECIMAL(20,4),
    "unit" TEXT,
    "text" TEXT,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "expenditure_line" (
    "id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "line_key" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "function_code" TEXT NOT NULL,
    "kind" "SpendingKind" NOT NULL,
    "project_id" UUID,
    "dept_econ_code" TEXT NOT NULL,
    "gov_econ_code" TEXT NOT NULL,
    "source" "FundSource" NOT NULL,
    "timing" "FundTiming" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "expenditure_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procurement_item" (
    "id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "item_key" TEXT NOT NULL,
    "category" "ProcurementCategory" NOT NULL,
    "catalog_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "procurement_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asset_snapshot" (
    "budget_id" UUID NOT NULL,
    "vehicle_quota" INTEGER NOT NULL,
    "office_area" DECIMAL(14,2) NOT NULL,
    "equipment_over_50" INTEGER NOT NULL,
    "equipment_over_100" INTEGER NOT NULL,

    CONSTRAINT "asset_snapshot_pkey" PRIMARY KEY ("budget_id")
);

-- CreateTable
CREATE TABLE "asset_vehicle" (
    "budget_id" UUID NOT NULL,
    "kind" "VehicleKind" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "asset_vehicle_pkey" PRIMARY KEY ("budget_id","kind")
);

-- CreateTable
CREATE TABLE "prior_year_figure" (
    "budget_id" UUID NOT NULL,
    "total_income" DECIMAL(18,2) NOT NULL,
    "total_expenditure" DECIMAL(18,2) NOT NULL,
    "general_current_expenditure" DECIMAL(18,2) NOT NULL,
    "abroad" DECIMAL(18,2) NOT NULL,
    "reception" DECIMAL(18,2) NOT NULL,
    "vehicle_purchase" DECIMAL(18,2) NOT NULL,
    "vehicle_operation" DECIMAL(18,2) NOT NULL,
    "operating_cost" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "prior_year_figure_pkey" PRIMARY KEY ("budget_id")
);

-- CreateTable
CREATE TABLE "narrative_text" (
    "budget_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "narrative_text_pkey" PRIMARY KEY ("budget_id","key")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_comment" (
    "id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "version_id" UUID,
    "author_id" UUID NOT NULL,
    "target" "CommentTarget" NOT NULL DEFAULT 'GENERAL',
    "target_ref" TEXT,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "review_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_version" (
    "id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "version_no" INTEGER NOT NULL,
    "status" "BudgetStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "document" JSONB NOT NULL,
    "correction_note" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "budget_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT,
    "budget_id" UUID,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "glossary_entry" (
    "id" SERIAL NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "definition" TEXT NOT NULL,

    CONSTRAINT "glossary_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_code_key" ON "organization"("code");

-- CreateIndex
CREATE INDEX "organization_parent_id_idx" ON "organization"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "user_unit_org_id_idx" ON "user_unit"("org_id");

-- CreateIndex
CREATE INDEX "login_attempt_username_created_at_idx" ON "login_attempt"("username", "created_at");

-- CreateIndex
CREATE INDEX "login_attempt_ip_created_at_idx" ON "login_attempt"("ip", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "funding_source_name_key" ON "funding_source"("name");

-- CreateIndex
CREATE INDEX "budget_year_status_idx" ON "budget"("year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "budget_org_id_year_key" ON "budget"("org_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "budget_id_year_key" ON "budget"("id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "project_code_key" ON "project"("code");

-- CreateIndex
CREATE INDEX "project_org_id_idx" ON "project"("org_id");

-- CreateIndex
CREATE INDEX "project_plan_project_id_idx" ON "project_plan"("project_id");

-- CreateIndex
CREATE UNIQUE INDEX "project_plan_budget_id_project_id_key" ON "project_plan"("budget_id", "project_id");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_plan_id_scope_sort_order_key" ON "indicator"("plan_id", "scope", "sort_order");

-- CreateIndex
CREATE INDEX "expenditure_line_project_id_idx" ON "expenditure_line"("project_id");

-- CreateIndex
CREATE UNIQUE INDEX "expenditure_line_budget_id_line_key_key" ON "expenditure_line"("budget_id", "line_key");

-- CreateIndex
CREATE UNIQUE INDEX "procurement_item_budget_id_item_key_key" ON "procurement_item"("budget_id", "item_key");

-- CreateIndex
CREATE INDEX "attachment_budget_id_idx" ON "attachment"("budget_id");

-- CreateIndex
CREATE INDEX "review_comment_budget_id_idx" ON "review_comment"("budget_id");

-- CreateIndex
CREATE UNIQUE INDEX "budget_version_budget_id_version_no_key" ON "budget_version"("budget_id", "version_no");

-- CreateIndex
CREATE INDEX "audit_log_budget_id_created_at_idx" ON "audit_log"("budget_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "glossary_entry_term_key" ON "glossary_entry"("term");

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_unit" ADD CONSTRAINT "user_unit_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_unit" ADD CONSTRAINT "user_unit_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_subject" ADD CONSTRAINT "function_subject_year_fkey" FOREIGN KEY ("year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "function_subject" ADD CONSTRAINT "function_subject_year_parent_code_fkey" FOREIGN KEY ("year", "parent_code") REFERENCES "function_subject"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dept_econ_subject" ADD CONSTRAINT "dept_econ_subject_year_fkey" FOREIGN KEY ("year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dept_econ_subject" ADD CONSTRAINT "dept_econ_subject_year_parent_code_fkey" FOREIGN KEY ("year", "parent_code") REFERENCES "dept_econ_subject"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gov_econ_subject" ADD CONSTRAINT "gov_econ_subject_year_fkey" FOREIGN KEY ("year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gov_econ_subject" ADD CONSTRAINT "gov_econ_subject_year_parent_code_fkey" FOREIGN KEY ("year", "parent_code") REFERENCES "gov_econ_subject"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "econ_mapping" ADD CONSTRAINT "econ_mapping_year_fkey" FOREIGN KEY ("year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "econ_mapping" ADD CONSTRAINT "econ_mapping_year_dept_code_fkey" FOREIGN KEY ("year", "dept_code") REFERENCES "dept_econ_subject"("year", "code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "econ_mapping" ADD CONSTRAINT "econ_mapping_year_gov_code_admin_fkey" FOREIGN KEY ("year", "gov_code_admin") REFERENCES "gov_econ_subject"("year", "code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "econ_mapping" ADD CONSTRAINT "econ_mapping_year_gov_code_institution_fkey" FOREIGN KEY ("year", "gov_code_institution") REFERENCES "gov_econ_subject"("year", "code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget" ADD CONSTRAINT "budget_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget" ADD CONSTRAINT "budget_year_fkey" FOREIGN KEY ("year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_plan" ADD CONSTRAINT "project_plan_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_plan" ADD CONSTRAINT "project_plan_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_funding" ADD CONSTRAINT "project_funding_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "project_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "project_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_budget_id_year_fkey" FOREIGN KEY ("budget_id", "year") REFERENCES "budget"("id", "year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_year_function_code_fkey" FOREIGN KEY ("year", "function_code") REFERENCES "function_subject"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_year_dept_econ_code_fkey" FOREIGN KEY ("year", "dept_econ_code") REFERENCES "dept_econ_subject"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_year_gov_econ_code_fkey" FOREIGN KEY ("year", "gov_econ_code") REFERENCES "gov_econ_subject"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procurement_item" ADD CONSTRAINT "procurement_item_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_snapshot" ADD CONSTRAINT "asset_snapshot_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_vehicle" ADD CONSTRAINT "asset_vehicle_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prior_year_figure" ADD CONSTRAINT "prior_year_figure_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "narrative_text" ADD CONSTRAINT "narrative_text_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "budget_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_version" ADD CONSTRAINT "budget_version_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_version" ADD CONSTRAINT "budget_version_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

