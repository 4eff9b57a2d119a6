import type { NextRequest } from "next/server";
import { asAddressed } from "@/lib/auth/addressed-request";
import { handlers } from "@/lib/auth/auth";

export const GET = (request: NextRequest) => handlers.GET(asAddressed(request));
export const POST = (request: NextRequest) => handlers.POST(asAddressed(request));
