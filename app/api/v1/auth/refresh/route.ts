import { handle } from "@/lib/api/endpoint";
import { refreshToken } from "@/lib/api/v1/auth";

export const POST = handle(refreshToken);
