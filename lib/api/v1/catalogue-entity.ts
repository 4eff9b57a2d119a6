import "server-only";
import { z } from "zod";
import type { ListPage, ListParams } from "@/lib/admin/list-query";
import { cacheTags } from "@/lib/cache-tags";
import { NotFoundError } from "@/lib/errors";
import { defineEndpoint } from "../endpoint";
import { pageOf, pageQuery } from "../pagination";
import { catalogueTag as tag, idParams, mergePatch, patchSchemaOf, revalidateTags } from "./catalogue-writes";

/**
 * The five endpoints of a simple catalogue entity (actors, producers, categories), from what sets
 * one apart from another — its admin schema, reads and mutations — as the admin's PersonForm does.
 * Lists are the admin list queries (name order, `?q=` on the name); a detail is the public page's
 * read (archived movies left out); writes are the admin actions' own domain calls and cache tags.
 */
export type EntityKind<Shape extends z.ZodRawShape, Row, Item extends z.ZodType, Detail extends z.ZodType> = {
  noun: string;
  plural: string;
  /** The admin form's schema: POST takes it (or createSchema, its JSON-friendly variant), PATCH any part of it. */
  schema: z.ZodObject<Shape>;
  createSchema?: z.ZodType<z.output<z.ZodObject<Shape>>>;
  item: Item;
  detail: Detail;
  list: (params: ListParams<"name">) => Promise<ListPage<Row>>;
  toItem: (row: Row) => z.input<Item>;
  /** The admin read by id: the current values a PATCH merges over (the schema's fields) and the slug. */
  load: (id: string) => Promise<({ slug: string } & Record<string, unknown>) | null>;
  /** The public page's read, by slug. */
  describe: (slug: string, id: string) => Promise<z.input<Detail> | null>;
  save: (actorUserId: string, input: z.output<z.ZodObject<Shape>> & { id?: string }) => Promise<{ id: string; slug: string }>;
  remove: (actorUserId: string, id: string) => Promise<{ slug: string }>;
  /** The page's own cache tag; the admin actions also refresh the catalogue (movie pages list people and categories). */
  cacheTag: (slug: string) => string;
  deleteDescription: string;
};

const capitalized = (word: string) => `${word[0].toUpperCase()}${word.slice(1)}`;

export function entityEndpoints<Shape extends z.ZodRawShape, Row, Item extends z.ZodType, Detail extends z.ZodType>(
  kind: EntityKind<Shape, Row, Item, Detail>,
) {
  const { noun, plural, schema } = kind;
  const createSchema: z.ZodType<z.output<z.ZodObject<Shape>>> = kind.createSchema ?? schema;
  const [Noun, Plural] = [capitalized(noun), capitalized(plural)];
  const collection = `/api/v1/${plural}` as const;
  const member = `/api/v1/${plural}/{id}` as const;
  const notFound = () => new NotFoundError(`That ${noun} does not exist.`);
  const tagsOf = (...slugs: string[]) => [...slugs.map(kind.cacheTag), cacheTags.catalog];

  async function loadCurrent(id: string) {
    const current = await kind.load(id);
    if (!current) throw notFound();
    return current;
  }

  async function describe(id: string) {
    const { slug } = await loadCurrent(id);
    const detail = await kind.describe(slug, id);
    if (!detail) throw notFound();
    return detail;
  }

  /** The current row as the admin form would send it back. */
  const asInput = (current: Record<string, unknown>) =>
    Object.fromEntries(Object.keys(schema.shape).map((field) => [field, current[field]])) as z.input<typeof schema>;

  const list = defineEndpoint({
    method: "GET",
    path: collection,
    operationId: `list${Plural}`,
    tag,
    summary: `${Plural} by name`,
    access: "public",
    input: pageQuery.extend({ q: z.string().trim().max(100).default("").describe("Words in the name.") }),
    response: { status: 200, description: `One page of ${plural}.`, schema: pageOf(kind.item) },
    cacheSeconds: 30,
    handler: async ({ input: { q, page, pageSize } }) => {
      const found = await kind.list({ q, sort: "name", dir: "asc", page, pageSize, filters: {} });
      return { data: found.rows.map(kind.toItem), page, pageSize, total: found.total };
    },
  });

  const get = defineEndpoint({
    method: "GET",
    path: member,
    operationId: `get${Noun}`,
    tag,
    summary: `One ${noun} and their movies on the site`,
    access: "public",
    params: idParams,
    response: { status: 200, description: `The ${noun}.`, schema: kind.detail },
    cacheSeconds: 30,
    handler: ({ params }) => describe(params.id),
  });

  const create = defineEndpoint({
    method: "POST",
    path: collection,
    operationId: `create${Noun}`,
    tag,
    summary: `Add a ${noun} (admins)`,
    description: "The admin form's fields and rules; a blank slug is made from the name.",
    access: "admin",
    input: createSchema,
    response: { status: 201, description: `The ${noun} as saved.`, schema: kind.detail },
    problems: [409],
    handler: async ({ input, caller }) => {
      const saved = await kind.save(caller.id, input);
      revalidateTags(tagsOf(saved.slug));
      return describe(saved.id);
    },
  });

  const update = defineEndpoint({
    method: "PATCH",
    path: member,
    operationId: `update${Noun}`,
    tag,
    summary: `Change a ${noun} (admins)`,
    description: "Send only the fields to change; the rest keep their values.",
    access: "admin",
    params: idParams,
    input: patchSchemaOf(schema),
    response: { status: 200, description: `The ${noun} as saved.`, schema: kind.detail },
    problems: [409],
    handler: async ({ params, input, caller }) => {
      const current = await loadCurrent(params.id);
      const saved = await kind.save(caller.id, { ...mergePatch(schema, asInput(current), input), id: params.id });
      revalidateTags(tagsOf(current.slug, saved.slug));
      return describe(saved.id);
    },
  });

  const remove = defineEndpoint({
    method: "DELETE",
    path: member,
    operationId: `delete${Noun}`,
    tag,
    summary: `Delete a ${noun} (admins)`,
    description: kind.deleteDescription,
    access: "admin",
    params: idParams,
    response: { status: 204, description: "Deleted." },
    handler: async ({ params, caller }) => {
      const { slug } = await kind.remove(caller.id, params.id);
      revalidateTags(tagsOf(slug));
    },
  });

  return { list, get, create, update, remove, all: [list, get, create, update, remove] as const };
}
