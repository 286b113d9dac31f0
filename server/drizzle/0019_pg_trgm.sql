-- Trigram matching for the queue's search by address (items_url_trgm_idx, next migration).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it. PGlite
-- loads its bundle when it opens the database (platform/db/database.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
