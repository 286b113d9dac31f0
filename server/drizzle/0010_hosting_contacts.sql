CREATE TABLE "directory_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"asns" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"language" text NOT NULL,
	"trusted_flagger" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "directory_entries_kind_check" CHECK ("directory_entries"."kind" in ('platform', 'host', 'registrar', 'cdn')),
	CONSTRAINT "directory_entries_channel_check" CHECK ("directory_entries"."channel" in ('email', 'web_form', 'api')),
	CONSTRAINT "directory_entries_matches_check" CHECK (cardinality("directory_entries"."domains") + cardinality("directory_entries"."asns") > 0)
);
--> statement-breakpoint
CREATE TABLE "rdap_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"outcome" text NOT NULL,
	"range_start" "inet",
	"range_end" "inet",
	"domain" text,
	"answer" jsonb,
	"server" text NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rdap_answers_kind_check" CHECK ("rdap_answers"."kind" in ('ip', 'domain')),
	CONSTRAINT "rdap_answers_outcome_check" CHECK ("rdap_answers"."outcome" in ('found', 'not_found', 'malformed')),
	CONSTRAINT "rdap_answers_key_check" CHECK (("rdap_answers"."kind" = 'domain' and "rdap_answers"."domain" is not null and "rdap_answers"."range_start" is null and "rdap_answers"."range_end" is null) or ("rdap_answers"."kind" = 'ip' and "rdap_answers"."domain" is null and "rdap_answers"."range_start" is not null and "rdap_answers"."range_end" is not null))
);
--> statement-breakpoint
CREATE TABLE "rdap_server_backoffs" (
	"server" text PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_updated_by_staff_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_entries_domains_idx" ON "directory_entries" USING gin ("domains");--> statement-breakpoint
CREATE INDEX "directory_entries_asns_idx" ON "directory_entries" USING gin ("asns");--> statement-breakpoint
CREATE UNIQUE INDEX "rdap_answers_domain_key" ON "rdap_answers" USING btree ("domain");--> statement-breakpoint
CREATE UNIQUE INDEX "rdap_answers_range_key" ON "rdap_answers" USING btree ("range_start","range_end");--> statement-breakpoint
CREATE INDEX "rdap_answers_range_start_idx" ON "rdap_answers" USING btree ("range_start");