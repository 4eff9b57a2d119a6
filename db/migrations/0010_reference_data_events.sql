-- Every change to the rows every booking reads (ticket types, seat surcharges, the booking policy)
-- tells the app instances to drop their copy (lib/settings/reference-data.ts), whoever wrote it:
-- the dashboard, a seed or a psql session. Statement-level, so a bulk edit sends one notification.
CREATE FUNCTION notify_reference_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('reference_data_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ticket_types_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ticket_types
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_data_changed();
--> statement-breakpoint
CREATE TRIGGER seat_kind_surcharges_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON seat_kind_surcharges
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_data_changed();
--> statement-breakpoint
CREATE TRIGGER booking_policy_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON booking_policy
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_data_changed();
