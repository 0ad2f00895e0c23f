-- A stamp that every change of a catalogue (the function and economic subjects of any year) replaces,
-- in the changing transaction: the in-process catalogue cache (lib/data/budget/year-catalogs.ts) serves
-- its copy only while the stamp it was read with is still the current one. One row, id 1. The version
-- comes from a sequence, so a rolled-back change never hands its number to a later one; the token tells
-- one database's stamps from another's (tests run many databases in one process).
CREATE SEQUENCE "catalog_stamp_version_seq";

CREATE TABLE "catalog_stamp" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "token" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "catalog_stamp_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "catalog_stamp_single_row" CHECK ("id" = 1)
);

INSERT INTO "catalog_stamp" ("id") VALUES (1);

CREATE FUNCTION "catalog_stamp_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "catalog_stamp" SET "version" = nextval('catalog_stamp_version_seq') WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "function_subject_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "function_subject"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog_stamp_bump"();
CREATE TRIGGER "dept_econ_subject_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dept_econ_subject"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog_stamp_bump"();
CREATE TRIGGER "gov_econ_subject_stamp" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "gov_econ_subject"
  FOR EACH STATEMENT EXECUTE FUNCTION "catalog_stamp_bump"();
