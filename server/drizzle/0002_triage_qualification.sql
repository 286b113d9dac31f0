CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"category" text NOT NULL,
	"legal_bases" jsonb NOT NULL,
	"verdict" text NOT NULL,
	"details" jsonb NOT NULL,
	"notes" text,
	"status" text NOT NULL,
	"second_staff_id" uuid,
	"second_decision" text,
	"second_notes" text,
	"second_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text,
	"resolution_notes" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "category" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "severity" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "trusted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "channel" text DEFAULT 'api' NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "language" text DEFAULT 'fr' NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "hash_hits" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "due_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "priority" integer GENERATED ALWAYS AS (severity * 100 - (case when hash_hits > 0 then 150 else 0 end) - (case when trusted then 50 else 0 end) - 10 * least(greatest(report_count - 1, 0), 4)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "origin" text DEFAULT 'reported' NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "parent_item_id" uuid;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "claimed_by" uuid;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "claim_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_second_staff_id_staff_id_fk" FOREIGN KEY ("second_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_resolved_by_staff_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_views" ADD CONSTRAINT "queue_views_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_item_idx" ON "assessments" USING btree ("item_id","created_at");--> statement-breakpoint
CREATE INDEX "assessments_created_idx" ON "assessments" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "assessments_disputed_idx" ON "assessments" USING btree ("created_at") WHERE status = 'disputed';--> statement-breakpoint
CREATE UNIQUE INDEX "queue_views_staff_name_idx" ON "queue_views" USING btree ("staff_id","name");--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_parent_item_id_items_id_fk" FOREIGN KEY ("parent_item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_claimed_by_staff_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "items_queue_idx" ON "items" USING btree ("priority","due_at","id") WHERE state in ('new', 'awaiting_second', 'disputed');--> statement-breakpoint
CREATE INDEX "items_queue_category_idx" ON "items" USING btree ("category","priority","due_at","id") WHERE state in ('new', 'awaiting_second', 'disputed');--> statement-breakpoint
CREATE INDEX "items_queue_state_idx" ON "items" USING btree ("state","priority","due_at","id") WHERE state in ('new', 'awaiting_second', 'disputed');--> statement-breakpoint
CREATE INDEX "items_queue_channel_idx" ON "items" USING btree ("channel","priority","due_at","id") WHERE state in ('new', 'awaiting_second', 'disputed');--> statement-breakpoint
CREATE INDEX "items_queue_language_idx" ON "items" USING btree ("language","priority","due_at","id") WHERE state in ('new', 'awaiting_second', 'disputed');--> statement-breakpoint
CREATE INDEX "items_open_due_idx" ON "items" USING btree ("due_at") WHERE state in ('new', 'awaiting_second', 'disputed');--> statement-breakpoint
CREATE INDEX "items_parent_idx" ON "items" USING btree ("parent_item_id");--> statement-breakpoint
CREATE INDEX "items_claimed_by_idx" ON "items" USING btree ("claimed_by");