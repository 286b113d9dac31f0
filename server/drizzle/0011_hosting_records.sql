CREATE TABLE "hosting_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"looked_up_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"requested_by" uuid,
	"country" text,
	"asn" integer,
	"lookup" jsonb NOT NULL,
	CONSTRAINT "hosting_records_reason_check" CHECK ("hosting_records"."reason" in ('new_item', 'asked_again', 'before_notice', 'retry'))
);
--> statement-breakpoint
CREATE TABLE "item_hosting" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"reason" text DEFAULT 'new_item' NOT NULL,
	"requested_by" uuid,
	"attempts" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone DEFAULT now(),
	"latest_record_id" uuid,
	"country" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_hosting_state_check" CHECK ("item_hosting"."state" in ('pending', 'retrying', 'done', 'gave_up')),
	CONSTRAINT "item_hosting_reason_check" CHECK ("item_hosting"."reason" in ('new_item', 'asked_again', 'before_notice', 'retry'))
);
--> statement-breakpoint
ALTER TABLE "hosting_records" ADD CONSTRAINT "hosting_records_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hosting_records" ADD CONSTRAINT "hosting_records_requested_by_staff_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_hosting" ADD CONSTRAINT "item_hosting_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_hosting" ADD CONSTRAINT "item_hosting_requested_by_staff_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_hosting" ADD CONSTRAINT "item_hosting_latest_record_id_hosting_records_id_fk" FOREIGN KEY ("latest_record_id") REFERENCES "public"."hosting_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hosting_records_item_idx" ON "hosting_records" USING btree ("item_id","looked_up_at");--> statement-breakpoint
CREATE INDEX "item_hosting_due_idx" ON "item_hosting" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "item_hosting_country_idx" ON "item_hosting" USING btree ("country");