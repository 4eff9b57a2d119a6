import { handle } from "@/lib/api/endpoint";
import { getMe, updateMe } from "@/lib/api/v1/me";

export const GET = handle(getMe);
export const PATCH = handle(updateMe);
