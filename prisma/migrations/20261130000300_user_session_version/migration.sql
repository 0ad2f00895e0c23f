-- A per-user session version: sign-out, password reset and disabling raise it, and a session cookie
-- carrying an older version is refused on the next request.
ALTER TABLE "app_user" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;
