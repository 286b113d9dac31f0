CREATE TABLE "notice_items" (
	"notice_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"hosting_record_id" uuid,
	"recipient_key" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_items_notice_id_item_id_pk" PRIMARY KEY("notice_id","item_id"),
	CONSTRAINT "notice_items_item_recipient_key" UNIQUE("item_id","recipient_key")
);
--> statement-breakpoint
CREATE TABLE "notice_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_replies_kind_check" CHECK ("notice_replies"."kind" in ('reply', 'bounce', 'acknowledgement'))
);
--> statement-breakpoint
CREATE TABLE "notice_routings" (
	"assessment_id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"proposed" integer NOT NULL,
	"routed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_kind" text NOT NULL,
	"channel" text NOT NULL,
	"address" text,
	"recipient_name" text,
	"language" text NOT NULL,
	"source" text NOT NULL,
	"rule_id" text NOT NULL,
	"state" text DEFAULT 'proposed' NOT NULL,
	"automatic" boolean DEFAULT false NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"withheld_by" uuid,
	"withheld_at" timestamp with time zone,
	"withheld_reason" text,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"xarf" jsonb,
	"mail_id" uuid,
	"sent_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notices_recipient_kind_check" CHECK ("notices"."recipient_kind" in ('host', 'platform', 'registrar', 'police_portal', 'partner_hotline', 'police_liaison')),
	CONSTRAINT "notices_channel_check" CHECK ("notices"."channel" in ('email', 'web_form', 'api', 'portal_batch')),
	CONSTRAINT "notices_language_check" CHECK ("notices"."language" in ('fr', 'en')),
	CONSTRAINT "notices_state_check" CHECK ("notices"."state" in ('proposed', 'queued', 'sent', 'acknowledged', 'failed', 'withheld', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" DROP CONSTRAINT "mail_outbox_purpose_check";--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_hosting_record_id_hosting_records_id_fk" FOREIGN KEY ("hosting_record_id") REFERENCES "public"."hosting_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_replies" ADD CONSTRAINT "notice_replies_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_replies" ADD CONSTRAINT "notice_replies_added_by_staff_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_routings" ADD CONSTRAINT "notice_routings_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_routings" ADD CONSTRAINT "notice_routings_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_approved_by_staff_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_withheld_by_staff_id_fk" FOREIGN KEY ("withheld_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_mail_id_mail_outbox_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."mail_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_replies_notice_idx" ON "notice_replies" USING btree ("notice_id","added_at");--> statement-breakpoint
CREATE INDEX "notices_state_idx" ON "notices" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "notices_mail_idx" ON "notices" USING btree ("mail_id");--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_purpose_check" CHECK ("mail_outbox"."purpose" in ('reporter_feedback', 'notice'));