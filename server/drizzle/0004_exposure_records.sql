CREATE TABLE "exposure_records" (
	"staff_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exposure_records_staff_id_record_id_pk" PRIMARY KEY("staff_id","record_id")
);
--> statement-breakpoint
ALTER TABLE "exposure_records" ADD CONSTRAINT "exposure_records_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;