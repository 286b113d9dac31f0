ALTER TABLE "item_media" ADD COLUMN "pdq_bits" bit(256) GENERATED ALWAYS AS (('x' || pdq)::bit(256)) STORED;--> statement-breakpoint
CREATE INDEX "item_media_sha256_idx" ON "item_media" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "item_media_md5_idx" ON "item_media" USING btree ("md5");--> statement-breakpoint
CREATE INDEX "items_url_trgm_idx" ON "items" USING gin ("url" gin_trgm_ops);