ALTER TYPE "public"."order_change_kind" ADD VALUE 'payment_marked';--> statement-breakpoint
ALTER TYPE "public"."order_change_kind" ADD VALUE 'reservation_released';--> statement-breakpoint
ALTER TABLE "booking_policy" ADD COLUMN "max_tickets_per_showtime" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking_policy" ADD COLUMN "release_unpaid_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking_policy" ADD COLUMN "check_in_opens_minutes" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking_policy" ADD COLUMN "check_in_closes_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "booking_policy" ADD CONSTRAINT "booking_policy_max_tickets_range" CHECK ("booking_policy"."max_tickets_per_showtime" between 1 and 100);--> statement-breakpoint
ALTER TABLE "booking_policy" ADD CONSTRAINT "booking_policy_release_unpaid_range" CHECK ("booking_policy"."release_unpaid_minutes" between 0 and 1440);--> statement-breakpoint
ALTER TABLE "booking_policy" ADD CONSTRAINT "booking_policy_check_in_window_range" CHECK ("booking_policy"."check_in_opens_minutes" between 0 and 720 and "booking_policy"."check_in_closes_minutes" between 0 and 720);