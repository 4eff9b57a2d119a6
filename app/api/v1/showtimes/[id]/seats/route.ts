import { handle } from "@/lib/api/endpoint";
import { listSeats } from "@/lib/api/v1/seats";

export const GET = handle(listSeats);
