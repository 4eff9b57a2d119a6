import { handle } from "@/lib/api/endpoint";
import { deleteShowtimeEndpoint, getShowtimeEndpoint, updateShowtimeEndpoint } from "@/lib/api/v1/showtimes";

export const GET = handle(getShowtimeEndpoint);
export const PATCH = handle(updateShowtimeEndpoint);
export const DELETE = handle(deleteShowtimeEndpoint);
