CREATE TABLE "item_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"blob_key" text NOT NULL,
	"preview_blob_key" text,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" bigint NOT NULL,
	"width" integer,
	"height" integer,
	"file_name" text,
	"sha256" text NOT NULL,
	"md5" text NOT NULL,
	"pdq" text,
	"pdq_quality" integer,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_media_item_sha256_key" UNIQUE("item_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_added_by_staff_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_media_item_idx" ON "item_media" USING btree ("item_id","added_at");--> statement-breakpoint
CREATE INDEX "item_media_blob_idx" ON "item_media" USING btree ("blob_key");--> statement-breakpoint
CREATE INDEX "item_media_preview_blob_idx" ON "item_media" USING btree ("preview_blob_key");