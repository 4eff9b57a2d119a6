import { handle } from "@/lib/api/endpoint";
import { changeCartItem, removeCartItem } from "@/lib/api/v1/cart";

export const PATCH = handle(changeCartItem);
export const DELETE = handle(removeCartItem);
