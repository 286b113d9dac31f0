ALTER TABLE "report_messages" ADD COLUMN "item_id" uuid;--> statement-breakpoint
ALTER TABLE "report_messages" ADD COLUMN "item_status" text;--> statement-breakpoint
ALTER TABLE "report_items" ADD COLUMN "derived" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_messages_item_idx" ON "report_messages" USING btree ("item_id");--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_item_status_check" CHECK ("report_messages"."item_status" in ('received', 'under_review', 'not_illegal', 'out_of_scope', 'unreachable', 'transmitted_to_police', 'removal_requested', 'removed'));--> statement-breakpoint
-- Links made before report_items.derived existed: an item derived from one of the report's own items.
UPDATE "report_items" ri SET "derived" = true FROM "items" i
WHERE i."id" = ri."item_id" AND i."origin" = 'derived'
  AND EXISTS (SELECT 1 FROM "report_items" p WHERE p."report_id" = ri."report_id" AND p."item_id" = i."parent_item_id");
