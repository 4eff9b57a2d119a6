import { handle } from "@/lib/api/endpoint";
import { listGenres } from "@/lib/api/v1/categories";

export const GET = handle(listGenres);
