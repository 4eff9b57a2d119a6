import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { api, type ApiResponse } from "./http";

/**
 * Checks answers against the server's own OpenAPI document (GET /api/v1/openapi.json): a response
 * that drifts from the reference fails the test that received it.
 */
type Operation = { responses: Record<string, { content?: Record<string, { schema: object }> }> };
type Document = { paths: Record<string, Record<string, Operation & { operationId: string }>>; components: { schemas: Record<string, object> } };

let loaded: Promise<{ document: Document; operations: Map<string, Operation> }> | undefined;
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

export function openApiDocument() {
  loaded ??= api<Document>("/api/v1/openapi.json").then(({ body }) => {
    if (!body) throw new Error("GET /api/v1/openapi.json answered no JSON");
    ajv.addSchema({ $id: "marquee-openapi", components: body.components });
    const operations = new Map<string, Operation>();
    for (const methods of Object.values(body.paths)) for (const operation of Object.values(methods)) operations.set(operation.operationId, operation);
    return { document: body, operations };
  });
  return loaded;
}

/** Fails unless `response` is one the document lists for `operationId`, with a body its schema accepts. */
export async function expectConforms(operationId: string, response: ApiResponse) {
  const { operations } = await openApiDocument();
  const operation = operations.get(operationId);
  if (!operation) throw new Error(`no operation ${operationId} in the OpenAPI document`);
  const documented = operation.responses[String(response.status)];
  if (!documented) throw new Error(`${operationId} does not document status ${response.status} (body: ${response.text.slice(0, 300)})`);
  const content = documented.content;
  if (!content) {
    expect(response.text, `${operationId} ${response.status} has no body`).toBe("");
    return;
  }
  const [mediaType, { schema }] = Object.entries(content)[0] ?? ["", { schema: {} }];
  expect(response.headers.get("content-type") ?? "").toContain(mediaType);
  const key = `${operationId} ${response.status}`;
  let validate = validators.get(key);
  if (!validate) {
    // Problem responses point at the shared component; resolve it inside the registered document.
    const resolved = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"marquee-openapi#/components/'));
    validate = ajv.compile(resolved);
    validators.set(key, validate);
  }
  const valid = validate(response.body);
  expect(valid, `${key} body matches the document: ${ajv.errorsText(validate.errors)}\n${response.text.slice(0, 500)}`).toBe(true);
}
