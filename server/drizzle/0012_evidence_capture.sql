CREATE TABLE "capture_media" (
	"capture_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"url" text NOT NULL,
	"media_id" uuid,
	"outcome" text NOT NULL,
	"code" text,
	"reason" text,
	CONSTRAINT "capture_media_pkey" PRIMARY KEY("capture_id","position"),
	CONSTRAINT "capture_media_outcome_check" CHECK ("capture_media"."outcome" in ('stored', 'refused', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "captures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"url" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"final_url" text,
	"status" smallint,
	"content_type" text,
	"redirects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"response_headers" jsonb,
	"address" text,
	"page_media_id" uuid,
	"screenshot_media_id" uuid,
	"screenshot_outcome" text,
	"screenshot_reason" text,
	"error_code" text,
	"error_reason" text,
	CONSTRAINT "captures_state_check" CHECK ("captures"."state" in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "captures_screenshot_outcome_check" CHECK ("captures"."screenshot_outcome" in ('stored', 'not_allowed', 'not_applicable', 'unavailable', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "item_media" DROP CONSTRAINT "item_media_kind_check";--> statement-breakpoint
ALTER TABLE "item_media" DROP CONSTRAINT "item_media_content_type_check";--> statement-breakpoint
ALTER TABLE "item_media" ALTER COLUMN "blob_key" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "item_media" ADD COLUMN "origin" text DEFAULT 'upload' NOT NULL;--> statement-breakpoint
ALTER TABLE "item_media" ADD COLUMN "capture_id" uuid;--> statement-breakpoint
ALTER TABLE "item_media" ADD COLUMN "original_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "capture_media" ADD CONSTRAINT "capture_media_capture_id_captures_id_fk" FOREIGN KEY ("capture_id") REFERENCES "public"."captures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capture_media" ADD CONSTRAINT "capture_media_media_id_item_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."item_media"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_requested_by_staff_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_page_media_id_item_media_id_fk" FOREIGN KEY ("page_media_id") REFERENCES "public"."item_media"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "captures" ADD CONSTRAINT "captures_screenshot_media_id_item_media_id_fk" FOREIGN KEY ("screenshot_media_id") REFERENCES "public"."item_media"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capture_media_media_idx" ON "capture_media" USING btree ("media_id");--> statement-breakpoint
CREATE INDEX "captures_item_idx" ON "captures" USING btree ("item_id","requested_at");--> statement-breakpoint
CREATE INDEX "captures_due_idx" ON "captures" USING btree ("next_attempt_at") WHERE state in ('queued', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "captures_one_active_key" ON "captures" USING btree ("item_id") WHERE state in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "item_media_capture_original_idx" ON "item_media" USING btree ("capture_id") WHERE "item_media"."blob_key" is not null;--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_origin_check" CHECK ("item_media"."origin" in ('upload', 'capture'));--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_capture_id_check" CHECK (("item_media"."origin" = 'capture') = ("item_media"."capture_id" is not null));--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_original_check" CHECK ("item_media"."blob_key" is not null or "item_media"."original_erased_at" is not null);--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_kind_check" CHECK ("item_media"."kind" in ('image', 'video', 'page', 'screenshot'));--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_content_type_check" CHECK ("item_media"."content_type" in ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/webm', 'text/html', 'application/xhtml+xml'));