-- The year's catalogues as the in-process cache serves them carry the 经济分类对照表 too: a change of the
-- mapping replaces the stamp like a change of a subject table.
CREATE TRIGGER "econ_mapping_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "econ_mapping"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog_stamp_bump"();
