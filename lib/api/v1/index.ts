import "server-only";
import type { Endpoint } from "../endpoint";
import { authEndpoints } from "./auth";
import { meEndpoints } from "./me";

/** Every endpoint of API v1, in the order the reference lists them. */
export const apiV1Endpoints: readonly Endpoint[] = [...authEndpoints, ...meEndpoints] as unknown as readonly Endpoint[];
