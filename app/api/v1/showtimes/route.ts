import { handle } from "@/lib/api/endpoint";
import { createShowtimeEndpoint, listShowtimes } from "@/lib/api/v1/showtimes";

export const GET = handle(listShowtimes);
export const POST = handle(createShowtimeEndpoint);
