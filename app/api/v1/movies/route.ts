import { handle } from "@/lib/api/endpoint";
import { createMovie, listMovies } from "@/lib/api/v1/movies";

export const GET = handle(listMovies);
export const POST = handle(createMovie);
