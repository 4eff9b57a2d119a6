import { handle } from "@/lib/api/endpoint";
import { categories } from "@/lib/api/v1/categories";

export const GET = handle(categories.list);
export const POST = handle(categories.create);
