import { handle } from "@/lib/api/endpoint";
import { createScreen } from "@/lib/api/v1/screens";

export const POST = handle(createScreen);
