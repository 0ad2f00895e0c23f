-- Each fiscal year is published in one regional disclosure template (lib/domain/templates): the admin
-- chooses it on /admin/years; drafts derive and versions freeze in it. A frozen version keeps the
-- template it was frozen in (document.template), so changing a year's template changes no stored figure.
ALTER TABLE "fiscal_year" ADD COLUMN "template_id" TEXT NOT NULL DEFAULT 'shanxi';

-- 名词解释 belongs to a template: editing Shanghai's entries leaves Shanxi's alone. Existing entries are Shanxi's.
ALTER TABLE "glossary_entry" ADD COLUMN "template_id" TEXT NOT NULL DEFAULT 'shanxi';
DROP INDEX "glossary_entry_term_key";
CREATE UNIQUE INDEX "glossary_entry_template_id_term_key" ON "glossary_entry"("template_id", "term");

-- Shanghai's default 名词解释, as its reference documents print it (lib/domain/templates/shanghai/glossary.ts).
INSERT INTO "glossary_entry" ("sort_order", "term", "definition", "template_id") VALUES
  (1, '基本支出预算', '是预算主管部门及所属预算单位为保障其机构正常运转、完成日常工作任务而编制的年度基本支出计划，包括人员经费和公用经费两部分。', 'shanghai'),
  (2, '项目支出预算', '是预算主管部门及所属预算单位为完成行政工作任务、事业发展目标或政府发展战略、特定目标，在基本支出之外编制的年度支出计划。', 'shanghai'),
  (3, '“三公”经费', '是与财政有经费领拨关系的部门及其下属预算单位使用财政拨款安排的因公出国（境）费、公务用车购置及运行费、公务接待费。', 'shanghai'),
  (4, '机关运行经费', '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。', 'shanghai');
