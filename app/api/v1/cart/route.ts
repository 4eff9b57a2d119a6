import { handle } from "@/lib/api/endpoint";
import { emptyMyCart, getCart } from "@/lib/api/v1/cart";

export const GET = handle(getCart);
export const DELETE = handle(emptyMyCart);
