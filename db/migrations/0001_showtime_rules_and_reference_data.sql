-- Two scheduled showtimes can never share a screen at the same time, whatever the code does.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "showtimes" ADD CONSTRAINT "showtimes_no_overlap"
  EXCLUDE USING gist ("screen_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" = 'scheduled');--> statement-breakpoint

-- Reference data the product cannot work without; admins edit it afterwards.
INSERT INTO "booking_policy" ("id") VALUES (1);--> statement-breakpoint
INSERT INTO "formats" ("code", "name", "video_format", "surcharge_minor", "sort_order") VALUES
  ('2D', '2D', '2D', 0, 1),
  ('3D', '3D', '3D', 200, 2),
  ('IMAX', 'IMAX', 'IMAX', 400, 3),
  ('DOLBY', 'Dolby Cinema', 'Dolby Cinema', 350, 4),
  ('4DX', '4DX', '4DX', 600, 5);--> statement-breakpoint
INSERT INTO "ticket_types" ("code", "name", "price_rule", "amount_minor", "percent", "age_note", "id_may_be_checked", "is_discount", "is_carer", "sort_order") VALUES
  ('adult', 'Adult', 'percent_of_base', NULL, 100, '', false, false, false, 1),
  ('child', 'Child', 'percent_of_base', NULL, 70, 'Child: 2–12', true, true, false, 2),
  ('senior', 'Senior', 'percent_of_base', NULL, 80, 'Senior: 65 and over', true, true, false, 3),
  ('student', 'Student', 'percent_of_base', NULL, 85, 'Student: with a valid student card', true, true, false, 4),
  ('carer', 'Carer', 'free', NULL, NULL, 'For the companion of a customer who needs one', false, false, true, 5);--> statement-breakpoint
INSERT INTO "seat_kind_surcharges" ("kind", "surcharge_minor") VALUES
  ('standard', 0), ('premium', 250), ('accessible', 0), ('wheelchair', 0), ('companion', 0);
