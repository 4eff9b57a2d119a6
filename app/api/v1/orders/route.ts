import { handle } from "@/lib/api/endpoint";
import { createOrder, listOrders } from "@/lib/api/v1/orders";

export const GET = handle(listOrders);
export const POST = handle(createOrder);
