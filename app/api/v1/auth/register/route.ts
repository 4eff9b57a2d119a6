import { handle } from "@/lib/api/endpoint";
import { register } from "@/lib/api/v1/auth";

export const POST = handle(register);
