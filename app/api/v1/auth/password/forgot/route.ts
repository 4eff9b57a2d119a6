import { handle } from "@/lib/api/endpoint";
import { forgotPassword } from "@/lib/api/v1/auth";

export const POST = handle(forgotPassword);
