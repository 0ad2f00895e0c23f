-- 部门预算: a department's published consolidation of its units' frozen versions.
CREATE TABLE "department_version" (
    "id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "version_no" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "document" JSONB NOT NULL,
    "unit_version_ids" UUID[] NOT NULL,
    "correction_note" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "department_version_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "department_version_department_id_year_version_no_key" ON "department_version"("department_id", "year", "version_no");

ALTER TABLE "department_version" ADD CONSTRAINT "department_version_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "department_version" ADD CONSTRAINT "department_version_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "department_version" ADD CONSTRAINT "department_version_version_no_check" CHECK ("version_no" >= 1);

-- Published when written: a department version never changes and is never deleted (the created_by link
-- may only be cleared, when its user is deleted).
CREATE FUNCTION "department_version_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION '部门预算版本不能删除 (department_version rows are permanent)';
  END IF;
  IF (to_jsonb(NEW) - 'created_by_id') IS DISTINCT FROM (to_jsonb(OLD) - 'created_by_id') OR NEW."created_by_id" IS NOT NULL THEN
    RAISE EXCEPTION '已公开的部门预算版本不能修改 (a department_version is frozen)';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "department_version_frozen" BEFORE UPDATE OR DELETE ON "department_version"
  FOR EACH ROW EXECUTE FUNCTION "department_version_guard"();

-- export_file now keys downloads of either kind of published version: the foreign key to budget_version
-- becomes a check that the id names a published budget_version or department_version (neither is ever deleted).
ALTER TABLE "export_file" DROP CONSTRAINT "export_file_version_id_fkey";
CREATE FUNCTION "export_file_version_check"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "budget_version" WHERE "id" = NEW."version_id" AND "published_at" IS NOT NULL)
     AND NOT EXISTS (SELECT 1 FROM "department_version" WHERE "id" = NEW."version_id") THEN
    RAISE EXCEPTION '导出文件须属于已公开的版本 (export_file.version_id names no published version)';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "export_file_version_exists" BEFORE INSERT OR UPDATE ON "export_file"
  FOR EACH ROW EXECUTE FUNCTION "export_file_version_check"();

-- A body without a budget of its own (不单列预算, e.g. a 执法大队 合署办公) may sit under a department:
-- neither a department nor a unit kind, but then it must have a parent.
ALTER TABLE "organization" DROP CONSTRAINT "organization_role_check";
ALTER TABLE "organization" ADD CONSTRAINT "organization_role_check" CHECK ("is_department" OR "unit_kind" IS NOT NULL OR "parent_id" IS NOT NULL);
