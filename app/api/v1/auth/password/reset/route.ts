import { handle } from "@/lib/api/endpoint";
import { resetPasswordWithToken } from "@/lib/api/v1/auth";

export const POST = handle(resetPasswordWithToken);
