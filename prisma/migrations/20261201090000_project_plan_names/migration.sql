-- A project's name, 项目类别 and 项目属性 belong to each year's plan: renaming a carried-over project in one year's
-- draft must not rename it in another year's budget. The project row keeps the code, the unit, the year it was
-- set up and the name it was set up with.
ALTER TABLE "project_plan" ADD COLUMN "name" TEXT, ADD COLUMN "category" TEXT, ADD COLUMN "attribute" TEXT;

UPDATE "project_plan" pp SET "name" = p."name", "category" = p."category", "attribute" = p."attribute"
FROM "project" p WHERE p."id" = pp."project_id";

ALTER TABLE "project_plan" ALTER COLUMN "name" SET NOT NULL, ALTER COLUMN "category" SET NOT NULL, ALTER COLUMN "attribute" SET NOT NULL;
