CREATE TABLE "item_monitoring" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"state" text DEFAULT 'watching' NOT NULL,
	"first_notice_at" timestamp with time zone NOT NULL,
	"next_check_at" timestamp with time zone,
	"check_requested_by" uuid,
	"lease_until" timestamp with time zone,
	"removed_streak" smallint DEFAULT 0 NOT NULL,
	"streak_started_at" timestamp with time zone,
	"first_removed_at" timestamp with time zone,
	"removed_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"closed_by" uuid,
	"checks_after_removal" smallint DEFAULT 0 NOT NULL,
	"reappearances" smallint DEFAULT 0 NOT NULL,
	"reappeared_at" timestamp with time zone,
	"reminders_sent" smallint DEFAULT 0 NOT NULL,
	"reminded_from" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone,
	"paused_by" uuid,
	"paused_at" timestamp with time zone,
	"paused_reason" text,
	"last_check_at" timestamp with time zone,
	"last_outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_monitoring_state_check" CHECK ("item_monitoring"."state" in ('watching', 'paused', 'removed')),
	CONSTRAINT "item_monitoring_last_outcome_check" CHECK ("item_monitoring"."last_outcome" in ('online', 'removed', 'inconclusive'))
);
--> statement-breakpoint
CREATE TABLE "removal_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"reason" text NOT NULL,
	"status" smallint,
	"final_url" text,
	"body_sha256" text,
	"pdq" text,
	"duration_ms" integer NOT NULL,
	"requested_by" uuid,
	CONSTRAINT "removal_checks_outcome_check" CHECK ("removal_checks"."outcome" in ('online', 'removed', 'inconclusive'))
);
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "purpose" text DEFAULT 'notice' NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "follows_notice_id" uuid;--> statement-breakpoint
ALTER TABLE "item_monitoring" ADD CONSTRAINT "item_monitoring_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_monitoring" ADD CONSTRAINT "item_monitoring_check_requested_by_staff_id_fk" FOREIGN KEY ("check_requested_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_monitoring" ADD CONSTRAINT "item_monitoring_closed_by_staff_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_monitoring" ADD CONSTRAINT "item_monitoring_paused_by_staff_id_fk" FOREIGN KEY ("paused_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "removal_checks" ADD CONSTRAINT "removal_checks_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "removal_checks" ADD CONSTRAINT "removal_checks_requested_by_staff_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_monitoring_due_idx" ON "item_monitoring" USING btree ("next_check_at");--> statement-breakpoint
CREATE INDEX "removal_checks_item_idx" ON "removal_checks" USING btree ("item_id","checked_at");--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_follows_notice_id_notices_id_fk" FOREIGN KEY ("follows_notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_purpose_check" CHECK ("notices"."purpose" in ('notice', 'reminder', 'reappeared', 'escalation'));