-- What must hold, enforced by the database itself (Prisma's schema language cannot express these).

-- Fiscal years and organisations
ALTER TABLE "fiscal_year" ADD CONSTRAINT "fiscal_year_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "organization" ADD CONSTRAINT "organization_code_check" CHECK ("code" ~ '^[0-9]{3,12}$');
ALTER TABLE "organization" ADD CONSTRAINT "organization_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 100);
ALTER TABLE "organization" ADD CONSTRAINT "organization_role_check" CHECK ("is_department" OR "unit_kind" IS NOT NULL);
ALTER TABLE "organization" ADD CONSTRAINT "organization_staffing_check" CHECK (
  "internal_divisions" >= 0 AND "authorized_headcount" >= 0 AND "actual_headcount" >= 0 AND "other_personnel" >= 0);
ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_check" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_username_check" CHECK ("username" ~ '^[A-Za-z0-9_.-]{3,64}$');
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_failed_attempts_check" CHECK ("failed_attempts" >= 0);

-- Catalogues: codes by level, and every 款/项 under its own parent.
ALTER TABLE "function_subject" ADD CONSTRAINT "function_subject_code_check" CHECK ("code" ~ '^[0-9]{3}([0-9]{2}){0,2}$');
ALTER TABLE "function_subject" ADD CONSTRAINT "function_subject_parent_check" CHECK (
  (length("code") = 3 AND "parent_code" IS NULL) OR
  (length("code") > 3 AND "parent_code" = left("code", length("code") - 2)));
ALTER TABLE "function_subject" ADD CONSTRAINT "function_subject_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 100);
ALTER TABLE "dept_econ_subject" ADD CONSTRAINT "dept_econ_subject_code_check" CHECK ("code" ~ '^[0-9]{3}([0-9]{2})?$');
ALTER TABLE "dept_econ_subject" ADD CONSTRAINT "dept_econ_subject_parent_check" CHECK (
  (length("code") = 3 AND "parent_code" IS NULL) OR (length("code") = 5 AND "parent_code" = left("code", 3)));
ALTER TABLE "dept_econ_subject" ADD CONSTRAINT "dept_econ_subject_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 100);
ALTER TABLE "gov_econ_subject" ADD CONSTRAINT "gov_econ_subject_code_check" CHECK ("code" ~ '^[0-9]{3}([0-9]{2})?$');
ALTER TABLE "gov_econ_subject" ADD CONSTRAINT "gov_econ_subject_parent_check" CHECK (
  (length("code") = 3 AND "parent_code" IS NULL) OR (length("code") = 5 AND "parent_code" = left("code", 3)));
ALTER TABLE "gov_econ_subject" ADD CONSTRAINT "gov_econ_subject_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 100);
ALTER TABLE "econ_mapping" ADD CONSTRAINT "econ_mapping_codes_check" CHECK (
  length("dept_code") = 5 AND length("gov_code_admin") = 5 AND length("gov_code_institution") = 5);

-- Budgets and their lines: 项-level function codes, 款-level economic codes, exact non-negative 元.
ALTER TABLE "budget" ADD CONSTRAINT "budget_version_check" CHECK ("version" >= 1);
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_function_code_check" CHECK ("function_code" ~ '^[0-9]{7}$');
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_dept_econ_code_check" CHECK ("dept_econ_code" ~ '^[0-9]{5}$');
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_gov_econ_code_check" CHECK ("gov_econ_code" ~ '^[0-9]{5}$');
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_amount_check" CHECK ("amount" >= 0 AND "amount" < 1000000000000);
ALTER TABLE "expenditure_line" ADD CONSTRAINT "expenditure_line_project_check" CHECK (("kind" = 'PROJECT') = ("project_id" IS NOT NULL));
ALTER TABLE "project" ADD CONSTRAINT "project_origin_year_check" CHECK ("origin_year" BETWEEN 2000 AND 2100);
ALTER TABLE "project" ADD CONSTRAINT "project_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 200);
ALTER TABLE "project_funding" ADD CONSTRAINT "project_funding_amount_check" CHECK ("amount" >= 0 AND "amount" < 1000000000000);
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_comparator_check" CHECK ("comparator" IS NULL OR "comparator" IN ('≥', '≤', '=', '>', '<'));
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_value_check" CHECK ("number" IS NOT NULL OR "text" IS NOT NULL);
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_sort_order_check" CHECK ("sort_order" >= 0);
ALTER TABLE "procurement_item" ADD CONSTRAINT "procurement_item_amount_check" CHECK ("amount" >= 0 AND "amount" < 1000000000000);
ALTER TABLE "procurement_item" ADD CONSTRAINT "procurement_item_catalog_code_check" CHECK ("catalog_code" ~ '^[ABC][0-9]{0,12}$');
ALTER TABLE "asset_snapshot" ADD CONSTRAINT "asset_snapshot_counts_check" CHECK (
  "vehicle_quota" >= 0 AND "office_area" >= 0 AND "equipment_over_50" >= 0 AND "equipment_over_100" >= 0
  AND "equipment_over_100" <= "equipment_over_50");
ALTER TABLE "asset_vehicle" ADD CONSTRAINT "asset_vehicle_count_check" CHECK ("count" >= 0);
ALTER TABLE "prior_year_figure" ADD CONSTRAINT "prior_year_figure_amounts_check" CHECK (
  "total_income" >= 0 AND "total_expenditure" >= 0 AND "general_current_expenditure" >= 0 AND "abroad" >= 0
  AND "reception" >= 0 AND "vehicle_purchase" >= 0 AND "vehicle_operation" >= 0 AND "operating_cost" >= 0);
ALTER TABLE "narrative_text" ADD CONSTRAINT "narrative_text_length_check" CHECK (length("text") <= 5000);
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_size_check" CHECK ("size" > 0 AND "size" <= 10485760 AND "size" = octet_length("content"));
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_mime_type_check" CHECK ("mime_type" IN ('application/pdf', 'text/plain'));
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_text_check" CHECK (length(btrim("text")) BETWEEN 1 AND 2000);
ALTER TABLE "budget_version" ADD CONSTRAINT "budget_version_version_no_check" CHECK ("version_no" >= 1);
ALTER TABLE "glossary_entry" ADD CONSTRAINT "glossary_entry_text_check" CHECK (length(btrim("term")) >= 1 AND length(btrim("definition")) >= 1);

-- The audit log is append-only.
CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '审计日志只能追加，不能修改或删除 (audit_log is append-only)';
END;
$$;
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();
