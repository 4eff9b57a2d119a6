import "server-only";
import { cinemaEndpoints } from "./cinemas";
import { screenEndpoints } from "./screens";
import { seatEndpoints } from "./seats";
import { showtimeEndpoints } from "./showtimes";

/** Venues and scheduling: cinemas with their screens, showtimes and their seats (one line in index.ts). */
export const venueEndpoints = [...cinemaEndpoints, ...screenEndpoints, ...showtimeEndpoints, ...seatEndpoints];
