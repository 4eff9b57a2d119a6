import { handle } from "@/lib/api/endpoint";
import { holdCartItems } from "@/lib/api/v1/cart";

export const POST = handle(holdCartItems);
