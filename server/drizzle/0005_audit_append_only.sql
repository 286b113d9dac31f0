-- The audit log is append-only: the database itself refuses to change or remove an event, whoever
-- asks (the application, an operator at a psql prompt, a faulty migration). Only a role that owns the
-- table or is superuser can switch these triggers off; on PostgreSQL the server runs as a role that
-- owns nothing (see `vigie migrate --grant-to`), so it cannot.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'audit events are never changed or removed; vigie audit verify checks the chain';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
