import { z } from "zod";
import { listUpcomingShowtimes } from "@/lib/booking/upcoming";
import { answeringOutages } from "@/lib/api/outage";

const querySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  wheelchair: z.enum(["0", "1"]).default("0"),
});

/**
 * GET /api/showtimes?limit=20&wheelchair=1 — public: showtimes that can still be booked, soonest
 * first, each with the address of its seat map and whether it is a "no discounts" showing. `wheelchair=1` keeps screens with wheelchair spaces.
 */
export const GET = answeringOutages(async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
  const headers = { "Cache-Control": "no-store" };
  if (!parsed.success) {
    return Response.json(
      { title: "Invalid query", status: 422, errors: z.flattenError(parsed.error).fieldErrors },
      { status: 422, headers: { ...headers, "Content-Type": "application/problem+json" } },
    );
  }
  const rows = await listUpcomingShowtimes({ limit: parsed.data.limit, wheelchair: parsed.data.wheelchair === "1" });
  return Response.json(
    {
      showtimes: rows.map((row) => ({
        id: row.id,
        startsAt: row.startsAt.toISOString(),
        movie: row.movieTitle,
        cinema: row.cinemaName,
        screen: row.screenName,
        format: row.formatName,
        noDiscounts: row.noDiscounts,
        url: `/showtimes/${row.id}`,
      })),
    },
    { headers },
  );
});
