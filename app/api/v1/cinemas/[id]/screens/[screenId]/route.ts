import { handle } from "@/lib/api/endpoint";
import { removeScreen, updateScreen } from "@/lib/api/v1/screens";

export const PATCH = handle(updateScreen);
export const DELETE = handle(removeScreen);
