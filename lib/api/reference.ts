import type { Access } from "@/lib/actions/operation";
import { statusCodes } from "./problem-types";

/**
 * The API reference page's reading of the OpenAPI document (openapi.ts): operations grouped by tag,
 * with their parameters, body fields and responses flattened into rows. It reads the document, not
 * the endpoint declarations, so /api/docs shows exactly what /api/v1/openapi.json promises.
 */

/** The parts of a JSON Schema (draft 2020-12, as zod's toJSONSchema writes it) the page shows. */
export type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

type MediaObject = { schema?: JsonSchema };
type ParameterObject = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema };
type OperationObject = {
  operationId: string;
  tags?: string[];
  summary?: string;
  description?: string;
  "x-access"?: Access;
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, MediaObject> };
  responses?: Record<string, { description?: string; content?: Record<string, MediaObject> }>;
};
export type OpenApiLike = {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
};

/** A rule a value must follow: a phrase, and values to show as code (enum members, a pattern). */
export type Constraint = { label: string; values?: string[] };

export type Field = {
  /** Dotted for a nested field: `seats[].row`, `address.city`. */
  name: string;
  type: string;
  required: boolean;
  nested: boolean;
  constraints: Constraint[];
  description?: string;
};

export type ReferenceParameter = Field & { in: string };
export type ReferenceResponse = { status: string; description: string; problemCode?: string; fields: Field[] };
export type ReferenceOperation = {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  access: Access;
  parameters: ReferenceParameter[];
  /** null: the operation takes no body. */
  body: Field[] | null;
  responses: ReferenceResponse[];
};
export type ReferenceTag = { name: string; id: string; operations: ReferenceOperation[] };

const JSON_MEDIA = "application/json";
const PROBLEM_MEDIA = "application/problem+json";
// A path item may also hold `parameters`, `summary`…: only these keys are operations.
const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Resolves `#/$defs/…` (zod's shared schemas) and `#/components/schemas/…`; anything else stays as it is. */
function resolver(root: JsonSchema | undefined, components: Record<string, unknown> | undefined) {
  return (schema: JsonSchema): JsonSchema => {
    const ref = schema.$ref;
    if (!ref) return schema;
    const name = ref.split("/").pop() ?? "";
    if (ref.startsWith("#/$defs/")) return root?.$defs?.[name] ?? schema;
    if (ref.startsWith("#/components/schemas/")) return (components?.[name] as JsonSchema | undefined) ?? schema;
    return schema;
  };
}

type Resolve = (schema: JsonSchema) => JsonSchema;

const isNull = (schema: JsonSchema) => schema.type === "null";

/** The one non-null member of `X | null`, else the schema itself. */
function unwrapNullable(schema: JsonSchema, resolve: Resolve): JsonSchema {
  const members = schema.anyOf ?? schema.oneOf;
  const nonNull = members?.filter((member) => !isNull(member));
  return nonNull?.length === 1 ? resolve(nonNull[0]) : resolve(schema);
}

export function typeOf(schema: JsonSchema, resolve: Resolve = (s) => s): string {
  if (schema.$ref) return schema.$ref.split("/").pop() || "object";
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const members = schema.anyOf ?? schema.oneOf;
  if (members) return [...new Set(members.map((member) => typeOf(member, resolve)))].join(" | ");
  if (schema.allOf?.length === 1) return typeOf(schema.allOf[0], resolve);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return "any";
  return types
    .map((type) => {
      if (type === "array") return schema.items ? `array of ${plural(typeOf(schema.items, resolve))}` : "array";
      if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object") {
        return `map of ${plural(typeOf(schema.additionalProperties, resolve))}`;
      }
      return type;
    })
    .join(" | ");
}

function plural(type: string) {
  return /^(string|integer|number|boolean|object)$/.test(type) ? `${type}s` : type;
}

// z.int() bounds every integer to the safe range, which is no rule a reader needs told.
const bound = (value: number | undefined) => (value === undefined || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? undefined : value);

function range(min: number | undefined, max: number | undefined, unit: string): string | null {
  const units = (n: number) => (unit ? ` ${unit}${n === 1 ? "" : "s"}` : "");
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}${units(min)}` : `${min} to ${max}${units(max)}`;
  if (min !== undefined) return unit === "character" && min === 1 ? "not empty" : `at least ${min}${units(min)}`;
  if (max !== undefined) return `at most ${max}${units(max)}`;
  return null;
}

export function constraintsOf(schema: JsonSchema, resolve: Resolve = (s) => s): Constraint[] {
  const members = schema.anyOf ?? schema.oneOf;
  if (members) return members.filter((member) => !isNull(member)).flatMap((member) => constraintsOf(resolve(member), resolve));
  const rules: Constraint[] = [];
  if (schema.format) rules.push({ label: "format", values: [schema.format] });
  // A format's pattern (zod writes a long one for uuid, email, date-time) says nothing the format doesn't.
  else if (schema.pattern) rules.push({ label: "pattern", values: [schema.pattern] });
  if (schema.enum) rules.push({ label: "one of", values: schema.enum.map((value) => (typeof value === "string" ? value : JSON.stringify(value))) });
  const text = [
    range(schema.minLength, schema.maxLength, "character"),
    range(bound(schema.minimum), bound(schema.maximum), ""),
    schema.exclusiveMinimum !== undefined ? `more than ${schema.exclusiveMinimum}` : null,
    schema.exclusiveMaximum !== undefined ? `less than ${schema.exclusiveMaximum}` : null,
    range(schema.minItems, schema.maxItems, "item"),
    schema.uniqueItems ? "no duplicates" : null,
  ];
  for (const label of text) if (label) rules.push({ label });
  if (schema.default !== undefined) rules.push({ label: "default", values: [JSON.stringify(schema.default)] });
  return rules;
}

/** The object whose properties a nested row lists: an object's own, or an array's items'. */
function childrenOf(schema: JsonSchema, resolve: Resolve): { suffix: string; object: JsonSchema } | null {
  const value = unwrapNullable(schema, resolve);
  if (value.properties) return { suffix: ".", object: value };
  const items = value.items ? unwrapNullable(value.items, resolve) : null;
  if (items?.properties) return { suffix: "[].", object: items };
  return null;
}

/** The rows of an object schema's properties, and of its nested objects' properties one level down. */
export function fieldsOf(schema: JsonSchema | undefined, resolve: Resolve = (s) => s): Field[] {
  if (!schema) return [];
  const object = unwrapNullable(schema, resolve);
  if (!object.properties) {
    return [{ name: "(body)", type: typeOf(schema, resolve), required: true, nested: false, constraints: constraintsOf(object, resolve), description: schema.description }];
  }
  const rows = (of: JsonSchema, prefix: string, nested: boolean): Field[] =>
    Object.entries(of.properties ?? {}).flatMap(([name, property]) => {
      const row: Field = {
        name: `${prefix}${name}`,
        type: typeOf(property, resolve),
        required: (of.required ?? []).includes(name),
        nested,
        constraints: constraintsOf(resolve(property), resolve),
        description: property.description ?? resolve(property).description,
      };
      const children = nested ? null : childrenOf(property, resolve);
      return children ? [row, ...rows(children.object, `${prefix}${name}${children.suffix}`, true)] : [row];
    });
  return rows(object, "", false);
}

export function slugOf(text: string) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function operationOf(method: string, path: string, operation: OperationObject, components: OpenApiLike["components"]): ReferenceOperation {
  const bodySchema = operation.requestBody?.content?.[JSON_MEDIA]?.schema;
  const schemas = components?.schemas;
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    summary: operation.summary ?? "",
    description: operation.description,
    access: operation["x-access"] ?? "signed-in",
    parameters: (operation.parameters ?? []).map((parameter) => {
      const schema = parameter.schema ?? {};
      const resolve = resolver(schema, schemas);
      return {
        name: parameter.name,
        in: parameter.in,
        type: typeOf(schema, resolve),
        required: parameter.required ?? false,
        nested: false,
        constraints: constraintsOf(resolve(schema), resolve),
        description: parameter.description ?? schema.description,
      };
    }),
    body: operation.requestBody ? fieldsOf(bodySchema, resolver(bodySchema, schemas)) : null,
    responses: Object.entries(operation.responses ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, response]) => {
        const schema = response.content?.[JSON_MEDIA]?.schema;
        const isProblem = Boolean(response.content?.[PROBLEM_MEDIA]);
        return {
          status,
          description: response.description ?? "",
          ...(isProblem ? { problemCode: statusCodes[Number(status)] } : {}),
          fields: schema ? fieldsOf(schema, resolver(schema, schemas)) : [],
        };
      }),
  };
}

/** The document's operations by tag, tags in the document's order, operations in the paths' order. */
export function referenceOf(document: OpenApiLike): ReferenceTag[] {
  const byTag = new Map<string, ReferenceOperation[]>((document.tags ?? []).map((tag) => [tag.name, []]));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      const operation = value as OperationObject;
      const tag = operation.tags?.[0] ?? "Other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)?.push(operationOf(method, path, operation, document.components));
    }
  }
  return [...byTag]
    .filter(([, operations]) => operations.length > 0)
    .map(([name, operations]) => ({ name, id: slugOf(name), operations }));
}
