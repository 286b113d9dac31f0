CREATE TABLE "partner_hotlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country" text NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL,
	"address" text,
	"language" text DEFAULT 'en' NOT NULL,
	"website" text,
	"notes" text,
	"active" boolean DEFAULT true NOT NULL,
	"checked_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "partner_hotlines_country_check" CHECK ("partner_hotlines"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "partner_hotlines_channel_check" CHECK ("partner_hotlines"."channel" in ('web_form', 'email', 'api')),
	CONSTRAINT "partner_hotlines_language_check" CHECK ("partner_hotlines"."language" in ('fr', 'en'))
);
--> statement-breakpoint
ALTER TABLE "partner_hotlines" ADD CONSTRAINT "partner_hotlines_updated_by_staff_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partner_hotlines_active_country_idx" ON "partner_hotlines" USING btree ("country") WHERE "partner_hotlines"."active";