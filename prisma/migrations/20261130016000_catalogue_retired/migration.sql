-- A catalogue entry is retired (停用), never deleted while lines use it: retired entries are not offered for new
-- lines but still resolve for existing lines and frozen versions.
ALTER TABLE "function_subject" ADD COLUMN "retired_at" TIMESTAMPTZ(3);
ALTER TABLE "dept_econ_subject" ADD COLUMN "retired_at" TIMESTAMPTZ(3);
ALTER TABLE "gov_econ_subject" ADD COLUMN "retired_at" TIMESTAMPTZ(3);
