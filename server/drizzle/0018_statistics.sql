CREATE TABLE "stats_item_facts" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"origin" text NOT NULL,
	"open" boolean NOT NULL,
	"claimed_category" text,
	"category" text NOT NULL,
	"verdict" text,
	"assessed_at" timestamp with time zone,
	"ground" text,
	"country" text,
	"tld" text,
	"service_type" text NOT NULL,
	"record_id" uuid,
	"record_country" text,
	"first_notice_at" timestamp with time zone,
	"first_removed_at" timestamp with time zone,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stats_item_facts_origin_check" CHECK ("stats_item_facts"."origin" in ('reported', 'derived')),
	CONSTRAINT "stats_item_facts_service_type_check" CHECK ("stats_item_facts"."service_type" in ('platform', 'behind_cdn', 'hosted_site', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "stats_refreshes" (
	"id" text PRIMARY KEY DEFAULT 'items' NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"changed" integer NOT NULL,
	"watermark" text,
	"definition" text
);
--> statement-breakpoint
ALTER TABLE "stats_item_facts" ADD CONSTRAINT "stats_item_facts_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stats_item_facts_entered_idx" ON "stats_item_facts" USING btree ("entered_at");--> statement-breakpoint
CREATE INDEX "stats_item_facts_category_idx" ON "stats_item_facts" USING btree ("category","entered_at");--> statement-breakpoint
CREATE INDEX "stats_item_facts_claimed_idx" ON "stats_item_facts" USING btree ("claimed_category","entered_at");--> statement-breakpoint
CREATE INDEX "stats_item_facts_notice_idx" ON "stats_item_facts" USING btree ("first_notice_at");--> statement-breakpoint
CREATE INDEX "stats_item_facts_open_idx" ON "stats_item_facts" USING btree ("entered_at") WHERE open;--> statement-breakpoint
CREATE INDEX "stats_item_facts_assessed_idx" ON "stats_item_facts" USING btree ("assessed_at");