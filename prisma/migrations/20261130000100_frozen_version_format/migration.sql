-- Frozen budget versions in format 1 are rewritten to format 2 (lib/document/frozen/frozen-version-format.ts):
--   snapshot = { formatVersion: 2, input: DisclosureInput, glossary: [...], attachments: [...] }
--   document = { formatVersion: 2, document: DerivedDocument }
-- Format 1 had two shapes: the seed froze the DisclosureInput itself (with glossary and attachments
-- beside it), the workflow froze a bare UnitBudget. Content is unchanged; only its envelope moves.
-- The immutability trigger is suspended for this one rewrite, inside the migration's transaction.

ALTER TABLE "budget_version" DISABLE TRIGGER "budget_version_frozen";

-- The seed's shape: the engine input itself.
UPDATE "budget_version" v
SET "snapshot" = jsonb_build_object(
  'formatVersion', 2,
  'input', v."snapshot" - 'glossary' - 'attachments',
  'glossary', COALESCE(
    v."snapshot" -> 'glossary',
    (SELECT COALESCE(jsonb_agg(jsonb_build_object('term', g."term", 'definition', g."definition") ORDER BY g."sort_order"), '[]'::jsonb)
       FROM "glossary_entry" g)),
  'attachments', COALESCE(v."snapshot" -> 'attachments', '[]'::jsonb))
WHERE NOT (v."snapshot" ? 'formatVersion') AND v."snapshot" ? 'units';

-- The workflow's shape: one UnitBudget, wrapped into a 单位 input with its year's catalogues, the
-- glossary and the attachments the budget had when the version was frozen.
UPDATE "budget_version" v
SET "snapshot" = jsonb_build_object(
  'formatVersion', 2,
  'input', jsonb_build_object(
    'year', b."year",
    'scope', 'UNIT',
    'org', v."snapshot" -> 'unit',
    'units', jsonb_build_array(v."snapshot"),
    'catalogs', jsonb_build_object(
      'functions', (SELECT COALESCE(jsonb_agg(jsonb_build_object('code', c."code", 'name', c."name") ORDER BY c."code"), '[]'::jsonb)
                      FROM "function_subject" c WHERE c."year" = b."year"),
      'deptEconomic', (SELECT COALESCE(jsonb_agg(jsonb_build_object('code', c."code", 'name', c."name") ORDER BY c."code"), '[]'::jsonb)
                         FROM "dept_econ_subject" c WHERE c."year" = b."year"),
      'govEconomic', (SELECT COALESCE(jsonb_agg(jsonb_build_object('code', c."code", 'name', c."name") ORDER BY c."code"), '[]'::jsonb)
                        FROM "gov_econ_subject" c WHERE c."year" = b."year"))),
  'glossary', (SELECT COALESCE(jsonb_agg(jsonb_build_object('term', g."term", 'definition', g."definition") ORDER BY g."sort_order"), '[]'::jsonb)
                 FROM "glossary_entry" g),
  'attachments', (SELECT COALESCE(jsonb_agg(jsonb_build_object(
                           'id', a."id", 'title', a."title", 'fileName', a."file_name", 'mimeType', a."mime_type", 'size', a."size")
                           ORDER BY a."created_at"), '[]'::jsonb)
                    FROM "attachment" a WHERE a."budget_id" = v."budget_id" AND a."created_at" <= v."created_at"))
FROM "budget" b
WHERE b."id" = v."budget_id" AND NOT (v."snapshot" ? 'formatVersion') AND v."snapshot" ? 'unit';

UPDATE "budget_version"
SET "document" = jsonb_build_object('formatVersion', 2, 'document', "document")
WHERE NOT ("document" ? 'formatVersion');

ALTER TABLE "budget_version" ENABLE TRIGGER "budget_version_frozen";
