-- How a review comment was closed: EDITED when its line or project changed after the return (set at resubmission),
-- MARKED when the accountant clicked 已处理 (who and when: the audit record comment.resolve).
CREATE TYPE "CommentResolution" AS ENUM ('EDITED', 'MARKED');

ALTER TABLE "review_comment" ADD COLUMN "resolution" "CommentResolution";

ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_resolution_check" CHECK (("resolved_at" IS NULL) = ("resolution" IS NULL));
