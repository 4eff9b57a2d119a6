import { handle } from "@/lib/api/endpoint";
import { getCinema, removeCinema, updateCinema } from "@/lib/api/v1/cinemas";

export const GET = handle(getCinema);
export const PATCH = handle(updateCinema);
export const DELETE = handle(removeCinema);
