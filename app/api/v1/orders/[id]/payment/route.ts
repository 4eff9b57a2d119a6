import { handle } from "@/lib/api/endpoint";
import { payOrder } from "@/lib/api/v1/orders";

export const POST = handle(payOrder);
