import { handle } from "@/lib/api/endpoint";
import { actors } from "@/lib/api/v1/people";

export const GET = handle(actors.list);
export const POST = handle(actors.create);
