ALTER TABLE "reports" ADD COLUMN "form_token_hash" text;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_form_token_hash_key" UNIQUE("form_token_hash");