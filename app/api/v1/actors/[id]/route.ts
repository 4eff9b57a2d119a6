import { handle } from "@/lib/api/endpoint";
import { actors } from "@/lib/api/v1/people";

export const GET = handle(actors.get);
export const PATCH = handle(actors.update);
export const DELETE = handle(actors.remove);
