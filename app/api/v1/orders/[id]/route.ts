import { handle } from "@/lib/api/endpoint";
import { cancelOrder, changeOrder, getOrder } from "@/lib/api/v1/orders";

export const GET = handle(getOrder);
export const PATCH = handle(changeOrder);
export const DELETE = handle(cancelOrder);
