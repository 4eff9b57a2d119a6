import { handle } from "@/lib/api/endpoint";
import { changeMyPassword } from "@/lib/api/v1/me";

export const POST = handle(changeMyPassword);
