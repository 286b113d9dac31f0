ALTER TABLE "assessments" ADD COLUMN "counts" boolean GENERATED ALWAYS AS (status in ('final', 'confirmed', 'upheld')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" DROP COLUMN "failed_logins";--> statement-breakpoint
ALTER TABLE "staff" DROP COLUMN "locked_until";--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_kind_check" CHECK ("item_media"."kind" in ('image', 'video'));--> statement-breakpoint
ALTER TABLE "item_media" ADD CONSTRAINT "item_media_content_type_check" CHECK ("item_media"."content_type" in ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/webm'));--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_language_check" CHECK ("report_messages"."language" in ('fr', 'en'));--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_public_status_check" CHECK ("report_messages"."public_status" in ('received', 'under_analysis', 'forwarded', 'content_removed', 'closed'));--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_state_check" CHECK ("items"."state" in ('new', 'awaiting_second', 'disputed', 'assessed'));--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_channel_check" CHECK ("items"."channel" in ('web_form', 'api', 'partner_hotline', 'hash_list', 'staff'));--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_language_check" CHECK ("items"."language" in ('fr', 'en'));--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_origin_check" CHECK ("items"."origin" in ('reported', 'derived'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_channel_check" CHECK ("reports"."channel" in ('web_form', 'api', 'partner_hotline', 'hash_list', 'staff'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_kind_check" CHECK ("reports"."reporter_kind" in ('public', 'trusted_flagger', 'partner_hotline', 'staff'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_language_check" CHECK ("reports"."language" in ('fr', 'en'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_public_status_check" CHECK ("reports"."public_status" in ('received', 'under_analysis', 'forwarded', 'content_removed', 'closed'));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_verdict_check" CHECK ("assessments"."verdict" in ('illegal', 'harmful_to_minors', 'not_illegal', 'out_of_scope', 'unreachable'));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('final', 'pending_second', 'confirmed', 'disputed', 'upheld', 'overruled', 'superseded'));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_second_decision_check" CHECK ("assessments"."second_decision" in ('agree', 'disagree'));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_resolution_check" CHECK ("assessments"."resolution" in ('uphold', 'replace'));--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_role_check" CHECK ("staff"."role" in ('admin', 'supervisor', 'analyst', 'liaison_officer', 'auditor'));--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_language_check" CHECK ("staff"."language" in ('fr', 'en'));--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_stage_check" CHECK ("staff_sessions"."stage" in ('password', 'enrol', 'full'));--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_purpose_check" CHECK ("mail_outbox"."purpose" in ('reporter_feedback'));--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_language_check" CHECK ("mail_outbox"."language" in ('fr', 'en'));--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_state_check" CHECK ("mail_outbox"."state" in ('queued', 'sent', 'failed', 'cancelled'));