CREATE TABLE "staff_preferences" (
	"staff_id" uuid PRIMARY KEY NOT NULL,
	"queue_density" text DEFAULT 'comfortable' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_preferences_queue_density_check" CHECK ("staff_preferences"."queue_density" in ('comfortable', 'compact'))
);
--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "duplicate_of_item_id" uuid;--> statement-breakpoint
ALTER TABLE "staff_preferences" ADD CONSTRAINT "staff_preferences_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_duplicate_of_item_id_items_id_fk" FOREIGN KEY ("duplicate_of_item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "items_queue_received_idx" ON "items" USING btree ("first_reported_at","id") WHERE state in ('new', 'awaiting_second', 'disputed');--> statement-breakpoint
CREATE INDEX "items_queue_reports_idx" ON "items" USING btree ((-"report_count"),"priority","due_at","id") WHERE state in ('new', 'awaiting_second', 'disputed');