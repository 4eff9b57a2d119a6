import { handle } from "@/lib/api/endpoint";
import { issueToken } from "@/lib/api/v1/auth";

export const POST = handle(issueToken);
