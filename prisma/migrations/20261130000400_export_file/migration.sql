-- Downloads of published versions live in the database, where every instance sees them.
CREATE TABLE "export_file" (
    "version_id" UUID NOT NULL,
    "format" TEXT NOT NULL,
    "revision" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "export_file_pkey" PRIMARY KEY ("version_id","format","revision")
);

ALTER TABLE "export_file" ADD CONSTRAINT "export_file_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "budget_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
