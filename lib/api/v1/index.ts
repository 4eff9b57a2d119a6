import "server-only";
import type { EndpointSpec } from "../endpoint";
import { authEndpoints } from "./auth";
import { meEndpoints } from "./me";
import { cartEndpoints } from "./cart";
import { orderEndpoints } from "./orders";
import { movieEndpoints } from "./movies";
import { actorEndpoints, producerEndpoints } from "./people";
import { categoryEndpoints } from "./categories";
import { venueEndpoints } from "./venues";

/** Every endpoint of API v1, in the order the reference lists them. */
export const apiV1Endpoints: readonly EndpointSpec[] = [
  ...authEndpoints,
  ...meEndpoints,
  ...venueEndpoints,
  ...movieEndpoints,
  ...actorEndpoints,
  ...producerEndpoints,
  ...categoryEndpoints,
  ...cartEndpoints,
  ...orderEndpoints,
];
