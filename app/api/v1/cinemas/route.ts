import { handle } from "@/lib/api/endpoint";
import { createCinema, listCinemas } from "@/lib/api/v1/cinemas";

export const GET = handle(listCinemas);
export const POST = handle(createCinema);
