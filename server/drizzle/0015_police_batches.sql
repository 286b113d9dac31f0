CREATE TABLE "police_batch_notices" (
	"notice_id" uuid PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "police_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_date" date NOT NULL,
	"number" integer NOT NULL,
	"state" text DEFAULT 'prepared' NOT NULL,
	"notice_count" integer NOT NULL,
	"item_count" integer NOT NULL,
	"prepared_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"transmitted_by" uuid,
	"transmitted_at" timestamp with time zone,
	CONSTRAINT "police_batches_date_number_key" UNIQUE("batch_date","number"),
	CONSTRAINT "police_batches_state_check" CHECK ("police_batches"."state" in ('prepared', 'transmitted')),
	CONSTRAINT "police_batches_transmitted_check" CHECK (("police_batches"."state" = 'transmitted') = ("police_batches"."transmitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "police_batch_notices" ADD CONSTRAINT "police_batch_notices_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_batch_notices" ADD CONSTRAINT "police_batch_notices_batch_id_police_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."police_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_batches" ADD CONSTRAINT "police_batches_prepared_by_staff_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_batches" ADD CONSTRAINT "police_batches_transmitted_by_staff_id_fk" FOREIGN KEY ("transmitted_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "police_batch_notices_batch_idx" ON "police_batch_notices" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "police_batches_created_idx" ON "police_batches" USING btree ("created_at");