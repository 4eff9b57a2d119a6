import { handle } from "@/lib/api/endpoint";
import { deleteMovieById, getMovieById, updateMovie } from "@/lib/api/v1/movies";

export const GET = handle(getMovieById);
export const PATCH = handle(updateMovie);
export const DELETE = handle(deleteMovieById);
