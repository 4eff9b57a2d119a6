import { openApiDocument } from "@/lib/api/openapi";
import { apiV1Endpoints } from "@/lib/api/v1";

/** The OpenAPI 3.1 document of API v1, built from the endpoint declarations (lib/api/v1). */
export function GET() {
  return Response.json(openApiDocument(apiV1Endpoints), { headers: { "Cache-Control": "public, max-age=300" } });
}
