-- A frozen budget version keeps its content for ever: the snapshot and document never change,
-- an approved version can only become published, a published one never changes, none is deleted.
CREATE FUNCTION "budget_version_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION '预算版本不能删除 (budget_version rows are permanent)';
  END IF;
  IF NEW."snapshot" IS DISTINCT FROM OLD."snapshot" OR NEW."document" IS DISTINCT FROM OLD."document"
     OR NEW."budget_id" IS DISTINCT FROM OLD."budget_id" OR NEW."version_no" IS DISTINCT FROM OLD."version_no"
     OR NEW."created_at" IS DISTINCT FROM OLD."created_at" THEN
    RAISE EXCEPTION '预算版本的内容不能修改 (budget_version content is frozen)';
  END IF;
  IF OLD."published_at" IS NOT NULL AND (NEW."published_at" IS DISTINCT FROM OLD."published_at"
     OR NEW."correction_note" IS DISTINCT FROM OLD."correction_note" OR NEW."status" IS DISTINCT FROM OLD."status") THEN
    RAISE EXCEPTION '已公开的预算版本不能修改 (a published budget_version is frozen)';
  END IF;
  IF OLD."status" = 'APPROVED' AND NEW."status" NOT IN ('APPROVED', 'PUBLISHED') THEN
    RAISE EXCEPTION '已批复的预算版本只能公开 (an approved budget_version can only be published)';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "budget_version_frozen" BEFORE UPDATE OR DELETE ON "budget_version"
  FOR EACH ROW EXECUTE FUNCTION "budget_version_guard"();
