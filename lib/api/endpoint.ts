import "server-only";
import { z } from "zod";
import { runOperation, noInput, type Access, type Caller } from "@/lib/actions/operation";
import { bearerCaller, type BearerCaller } from "./bearer";
import { failureResponse, problem } from "./problem";
import { readJsonBody } from "./request-body";

/**
 * One JSON API endpoint, declared once: the route handler (`handle`) and the OpenAPI document
 * (openapi.ts) are both built from this, so the reference cannot drift from the code. The guard,
 * the parse and the error mapping are the server actions' own core (lib/actions/operation.ts);
 * only the caller (a bearer token, never a cookie) and the answer (JSON, problem+json) differ.
 */
export type Method = "GET" | "POST" | "PATCH" | "DELETE";

export type EndpointContext<A extends Access, Params, Input> = {
  params: Params;
  input: Input;
  caller: Caller<A>;
  /** The API session of a signed-in caller (logout ends it). */
  sessionId: A extends "public" ? null : string;
  request: Request;
};

export type Endpoint<A extends Access = Access, P extends z.ZodType = z.ZodType, I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> = {
  method: Method;
  /** The OpenAPI path, e.g. "/api/v1/movies/{id}". */
  path: `/api/v1/${string}`;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: A;
  /** Path parameters; a value the schema refuses (a malformed id) is a 404, like an unknown one. */
  params?: P;
  /** The query (GET, DELETE) or the JSON body (POST, PATCH). */
  input?: I;
  /** The success answer: its status and the schema of its body (none for 204). */
  response: {
    status: 200 | 201 | 202 | 204;
    description: string;
    schema?: R;
    /** Another success status `statusOf` may answer with the same body (an idempotent repeat's 200). */
    alternate?: { status: 200 | 201 | 202; description: string };
  };
  /** The problem statuses this endpoint can answer besides the ones every endpoint can (400, 413, 422, 500…). */
  problems?: number[];
  /** Public reads may be cached by clients and proxies for a moment. */
  cacheSeconds?: number;
  /** A status other than response.status for some results (an idempotent repeat answers 200, not 201). */
  statusOf?: (result: z.input<R>) => number;
  handler: (context: EndpointContext<A, z.output<P>, z.output<I>>) => Promise<z.input<R>>;
};

/** What the reference needs of an endpoint: everything but the code that runs it. Any endpoint is one. */
export type EndpointSpec = Omit<Endpoint, "handler" | "statusOf">;

export function defineEndpoint<const A extends Access, P extends z.ZodType = z.ZodType, I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType>(
  endpoint: Endpoint<A, P, I, R>,
): Endpoint<A, P, I, R> {
  return endpoint;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

const readsQuery = (method: Method) => method === "GET" || method === "DELETE";

/** The Next.js route handler of one endpoint: `export const GET = handle(listMovies)`. */
export function handle<A extends Access, P extends z.ZodType, I extends z.ZodType, R extends z.ZodType>(endpoint: Endpoint<A, P, I, R>): RouteHandler {
  return async (request, context) => {
    const rawParams = await context.params;
    const params = endpoint.params ? endpoint.params.safeParse(rawParams) : { success: true as const, data: undefined };
    if (!params.success) return problem(404, "There is nothing at this address.");

    let raw: unknown;
    if (readsQuery(endpoint.method)) {
      raw = Object.fromEntries(new URL(request.url).searchParams);
    } else {
      const body = await readJsonBody(request);
      if (!body.ok) return body.response;
      raw = body.value;
    }

    let bearer: BearerCaller | null = null;
    const identify = async () => (bearer = await bearerCaller(request))?.user ?? null;
    const outcome = await runOperation(
      {
        access: endpoint.access,
        schema: (endpoint.input ?? noInput) as I,
        handler: (input, caller) =>
          endpoint.handler({ params: params.data as z.output<P>, input, caller, sessionId: (bearer?.sessionId ?? null) as never, request }),
      },
      raw,
      identify,
    );
    if (!outcome.ok) {
      if (outcome.kind === "refused" && outcome.problem.status === 401) {
        return failureResponse({ ...outcome, problem: { ...outcome.problem, detail: "Send a valid access token: Authorization: Bearer <token>." } });
      }
      return failureResponse(outcome);
    }
    const status = endpoint.statusOf?.(outcome.data) ?? endpoint.response.status;
    if (status === 204) return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
    const cacheControl = endpoint.access === "public" && endpoint.cacheSeconds ? `public, max-age=${endpoint.cacheSeconds}` : "no-store";
    return Response.json(outcome.data, { status, headers: { "Cache-Control": cacheControl } });
  };
}
