import { handle } from "@/lib/api/endpoint";
import { categories } from "@/lib/api/v1/categories";

export const GET = handle(categories.get);
export const PATCH = handle(categories.update);
export const DELETE = handle(categories.remove);
