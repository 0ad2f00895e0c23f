-- A year's own 名词解释 and fixed phrases for the template it uses (lib/data/admin/year-template-texts.ts).
-- A (year, template) without rows of year_glossary_entry prints the template's glossary_entry list; one
-- with rows prints those only. A phrase without a year_template_phrase row prints the template's default
-- (lib/domain/templates/fixed-phrases.ts). Frozen versions keep the texts they were frozen with.

-- CreateTable
CREATE TABLE "year_glossary_entry" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "template_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "definition" TEXT NOT NULL,

    CONSTRAINT "year_glossary_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "year_template_phrase" (
    "year" INTEGER NOT NULL,
    "template_id" TEXT NOT NULL,
    "phrase_key" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "year_template_phrase_pkey" PRIMARY KEY ("year","template_id","phrase_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "year_glossary_entry_year_template_id_term_key" ON "year_glossary_entry"("year", "template_id", "term");

-- AddForeignKey
ALTER TABLE "year_glossary_entry" ADD CONSTRAINT "year_glossary_entry_year_fkey" FOREIGN KEY ("year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "year_template_phrase" ADD CONSTRAINT "year_template_phrase_year_fkey" FOREIGN KEY ("year") REFERENCES "fiscal_year"("year") ON DELETE RESTRICT ON UPDATE CASCADE;
