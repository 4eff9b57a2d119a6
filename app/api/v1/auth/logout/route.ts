import { handle } from "@/lib/api/endpoint";
import { logout } from "@/lib/api/v1/auth";

export const POST = handle(logout);
