import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEndpoint, type Endpoint } from "./endpoint";
import { openApiDocument } from "./openapi";
import { pageOf, pageQuery } from "./pagination";
import { constraintsOf, fieldsOf, referenceOf, typeOf, type JsonSchema } from "./reference";

const schemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input" }) as JsonSchema;

const item = z.object({ id: z.uuid(), name: z.string().describe("What it's called."), startsAt: z.iso.datetime().nullable() });

const listThings = defineEndpoint({
  method: "GET",
  path: "/api/v1/things",
  operationId: "listThings",
  tag: "Things",
  summary: "Things",
  access: "public",
  input: pageQuery.extend({ kind: z.enum(["a", "b"]).optional() }),
  response: { status: 200, description: "A page of things.", schema: pageOf(item) },
  handler: async () => ({ data: [], page: 1, pageSize: 20, total: 0 }),
});

const partsInput = z.object({ parts: z.array(z.object({ label: z.string().min(1).max(20), spec: z.object({ size: z.int() }) })).min(1).max(10) }).strict();

const createThing = defineEndpoint({
  method: "POST",
  path: "/api/v1/things/{id}/parts",
  operationId: "createPart",
  tag: "Things",
  summary: "Add parts",
  access: "admin",
  params: z.object({ id: z.uuid() }),
  input: partsInput,
  response: { status: 201, description: "Added.", schema: item },
  handler: async () => ({ id: "", name: "", startsAt: null }),
});

describe("the API reference's reading of the OpenAPI document", () => {
  it("names types, unions and arrays as a reader would", () => {
    expect(typeOf(schemaOf(z.string().nullable()))).toBe("string | null");
    expect(typeOf(schemaOf(z.array(z.int())))).toBe("array of integers");
    expect(typeOf(schemaOf(z.literal("Bearer")))).toBe('"Bearer"');
    expect(typeOf(schemaOf(z.record(z.string(), z.array(z.string()))))).toBe("map of array of strings");
  });

  it("states the rules: lengths, ranges, enums, formats, defaults — not a format's regex nor the safe-integer bounds", () => {
    expect(constraintsOf(schemaOf(z.string().min(1).max(100)))).toEqual([{ label: "1 to 100 characters" }]);
    expect(constraintsOf(schemaOf(z.enum(["customer", "admin"])))).toEqual([{ label: "one of", values: ["customer", "admin"] }]);
    expect(constraintsOf(schemaOf(z.uuid()))).toEqual([{ label: "format", values: ["uuid"] }]);
    expect(constraintsOf(schemaOf(z.int()))).toEqual([]);
    expect(constraintsOf(schemaOf(pageQuery.shape.pageSize))).toEqual([{ label: "1 to 100" }, { label: "default", values: ["20"] }]);
  });

  it("lists nested fields one level down and no deeper", () => {
    const names = fieldsOf(schemaOf(partsInput)).map((field) => `${field.name}${field.required ? "*" : ""}`);
    expect(names).toEqual(["parts*", "parts[].label*", "parts[].spec*"]);
  });

  it("groups the operations by tag with their parameters, body and responses", () => {
    const [tag] = referenceOf(openApiDocument([listThings, createThing] as unknown as readonly Endpoint[]));
    expect(tag).toMatchObject({ name: "Things", id: "things" });
    const [list, create] = tag.operations;
    expect(list).toMatchObject({ operationId: "listThings", method: "GET", access: "public", body: null });
    expect(list.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["query:page", "query:pageSize", "query:kind"]);
    expect(list.responses.find((r) => r.status === "200")?.fields.map((f) => f.name)).toEqual([
      "data",
      "data[].id",
      "data[].name",
      "data[].startsAt",
      "page",
      "pageSize",
      "total",
    ]);
    expect(create).toMatchObject({ method: "POST", access: "admin", path: "/api/v1/things/{id}/parts" });
    expect(create.parameters).toMatchObject([{ name: "id", in: "path", required: true, constraints: [{ label: "format", values: ["uuid"] }] }]);
    expect(create.responses.find((r) => r.status === "403")).toMatchObject({ problemCode: "forbidden" });
    expect(create.responses.find((r) => r.status === "404")).toMatchObject({ problemCode: "not_found" });
  });
});
