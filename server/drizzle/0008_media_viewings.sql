CREATE TABLE "media_viewings" (
	"staff_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	CONSTRAINT "media_viewings_pkey" PRIMARY KEY("staff_id","media_id")
);
--> statement-breakpoint
ALTER TABLE "media_viewings" ADD CONSTRAINT "media_viewings_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_viewings" ADD CONSTRAINT "media_viewings_media_id_item_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."item_media"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_viewings_media_idx" ON "media_viewings" USING btree ("media_id");