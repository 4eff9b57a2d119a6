CREATE TABLE "server_instances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fingerprint" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
