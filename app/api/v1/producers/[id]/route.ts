import { handle } from "@/lib/api/endpoint";
import { producers } from "@/lib/api/v1/people";

export const GET = handle(producers.get);
export const PATCH = handle(producers.update);
export const DELETE = handle(producers.remove);
