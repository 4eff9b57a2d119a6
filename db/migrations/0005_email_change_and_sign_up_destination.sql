ALTER TYPE "public"."token_purpose" ADD VALUE 'revert_email_change';--> statement-breakpoint
ALTER TABLE "one_time_tokens" ADD COLUMN "redirect_to" text;