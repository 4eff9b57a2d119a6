import { handle } from "@/lib/api/endpoint";
import { verifyEmail } from "@/lib/api/v1/auth";

export const POST = handle(verifyEmail);
