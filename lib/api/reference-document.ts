import "server-only";
import { openApiDocument } from "./openapi";
import { referenceOf, type ReferenceTag } from "./reference";
import { apiV1Endpoints } from "./v1";

/**
 * The reference pages' source: the very document /api/v1/openapi.json serves, built from the
 * endpoint declarations, so the pages list whatever is registered and cannot drift. It changes only
 * with the code, so it is built once per server process (development reloads this module on edits).
 */
let built: { document: ReturnType<typeof openApiDocument>; tags: ReferenceTag[] } | undefined;

export function apiReference() {
  if (!built) {
    const document = openApiDocument(apiV1Endpoints);
    built = { document, tags: referenceOf(document) };
  }
  return built;
}

/** Where an operation is described: its tag's page, at its own anchor. */
export function operationHref(tag: Pick<ReferenceTag, "id">, operationId: string) {
  return `/api/docs/${tag.id}#${operationId}`;
}
