import { handle } from "@/lib/api/endpoint";
import { producers } from "@/lib/api/v1/people";

export const GET = handle(producers.list);
export const POST = handle(producers.create);
