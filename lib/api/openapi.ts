import "server-only";
import { z } from "zod";
import type { EndpointSpec } from "./endpoint";
import { MAX_JSON_BODY_BYTES } from "./request-body";

/**
 * The OpenAPI 3.1 document, generated from the endpoint declarations and their zod schemas — the
 * same schemas the handlers parse with, so the reference can't promise what the code doesn't do.
 */
type JsonSchema = Record<string, unknown>;

const problemSchema: JsonSchema = {
  type: "object",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string", description: "A URI naming the problem; its fragment is the code." },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string", description: "What went wrong, in words for a person." },
    code: { type: "string", description: "A stable name to branch on, e.g. mfa_required, seats_taken." },
    errors: {
      type: "object",
      description: "For invalid input: each rejected field (dotted path) and its messages.",
      additionalProperties: { type: "array", items: { type: "string" } },
    },
    requestId: { type: "string", description: "The id of this request, also in the X-Request-Id header: quote it when reporting a problem." },
  },
};

const problemDescriptions: Record<number, string> = {
  400: "The body is not valid JSON.",
  401: "No valid access token, or (token endpoints) credentials that did not match.",
  403: "Signed in, but not allowed (wrong role, unverified email, two-step required).",
  404: "Nothing here — also for another customer's objects.",
  409: "A conflict with the current state: a seat taken, a hold expired, past the cut-off.",
  413: `The body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB.`,
  415: "The body is not sent as application/json.",
  422: "The input broke a rule; `errors` names each field.",
  429: "Too many attempts; `Retry-After` says how many seconds to wait.",
  500: "A fault on our side; nothing was saved.",
  503: "Our database cannot be reached right now; nothing was saved. `Retry-After` says when to try again.",
};

function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  // The dialect is the document's (OpenAPI 3.1 is JSON Schema 2020-12): no per-schema $schema.
  delete generated.$schema;
  return generated;
}

function parametersOf(schema: z.ZodType | undefined, location: "path" | "query") {
  if (!schema) return [];
  const objectSchema = jsonSchemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(objectSchema.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || (objectSchema.required ?? []).includes(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

function problemsOf(endpoint: EndpointSpec) {
  // Every endpoint reads the database (the bearer token at least), so any of them can meet an outage.
  const statuses = new Set<number>([422, 429, 500, 503, ...(endpoint.problems ?? [])]);
  if (endpoint.method === "POST" || endpoint.method === "PATCH") [400, 413, 415].forEach((s) => statuses.add(s));
  if (endpoint.access !== "public") statuses.add(401);
  if (endpoint.access === "admin") statuses.add(403);
  if (endpoint.params) statuses.add(404);
  return [...statuses].sort();
}

function operationOf(endpoint: EndpointSpec) {
  const readsQuery = endpoint.method === "GET" || endpoint.method === "DELETE";
  const content = endpoint.response.schema ? { content: { "application/json": { schema: jsonSchemaOf(endpoint.response.schema, "output") } } } : {};
  const responses: Record<string, unknown> = { [endpoint.response.status]: { description: endpoint.response.description, ...content } };
  const { alternate } = endpoint.response;
  if (alternate) responses[alternate.status] = { description: alternate.description, ...content };
  for (const status of problemsOf(endpoint)) {
    responses[status] = { description: problemDescriptions[status] ?? "A problem.", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
  }
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    ...(endpoint.access === "public" ? { security: [] } : {}),
    "x-access": endpoint.access,
    parameters: [...parametersOf(endpoint.params, "path"), ...(readsQuery ? parametersOf(endpoint.input, "query") : [])],
    ...(!readsQuery && endpoint.input
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(endpoint.input, "input") } } } }
      : {}),
    responses,
  };
}

export function openApiDocument(endpoints: readonly EndpointSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Marquee API",
      version: "1.0.0",
      description:
        "Browse the catalogue, hold seats and book tickets. Sign in with POST /api/v1/auth/token and send the access token as `Authorization: Bearer <token>`; renew it with the refresh token before its 15 minutes run out. Errors are RFC 9457 problem details.",
    },
    // Relative: the document describes the server that serves it, wherever it is deployed.
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: { Problem: problemSchema },
    },
  };
}
