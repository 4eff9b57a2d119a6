import "server-only";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { invalidInputDetail } from "@/lib/actions/operation";
import { InvalidError } from "@/lib/errors";

/**
 * What the catalogue endpoints (movies, people, categories) share: the `{id}` path parameter, the
 * PATCH body derived from the admin form's own schema, and the merge that re-checks the whole result
 * with that schema, so a partial update obeys exactly the rules a full save does.
 */

export const catalogueTag = "Catalogue";

export const idParams = z.object({ id: z.uuid() });

/**
 * The PATCH body of a domain schema: every field optional and none defaulted, so a field left out
 * keeps its current value instead of becoming the form's blank. Checks a default carried (the cast's
 * "only once") are not lost: mergePatch parses the merged whole with the full schema.
 */
export function patchSchemaOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const fields = Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => [name, ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional()]),
  ) as z.ZodRawShape;
  // The fields' own outputs are inputs the full schema accepts again (trimmed text, numbers, ids).
  return z.object(fields).strict() as unknown as z.ZodType<Partial<z.input<z.ZodObject<Shape>>>>;
}

/**
 * The create body of a domain schema whose nullable fields the admin form always sends ("" for none):
 * a JSON client may leave them out, and absent reads as null. Not for PATCH, where absent means "keep".
 */
export function absentAsNull<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, fields: (keyof Shape & string)[]) {
  const relaxed = Object.fromEntries(fields.map((name) => [name, (schema.shape[name] as unknown as z.ZodType).optional().transform((value) => value ?? null)]));
  return schema.extend(relaxed) as unknown as z.ZodType<z.output<z.ZodObject<Shape>>>;
}

/** The current values overlaid with the patch, validated as a full save; a broken rule is a 422 naming its field. */
export function mergePatch<Schema extends z.ZodType>(schema: Schema, current: object, patch: object): z.output<Schema> {
  const parsed = schema.safeParse({ ...current, ...patch });
  if (parsed.success) return parsed.data;
  const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: Record<string, string[]> };
  throw new InvalidError(invalidInputDetail, fieldErrors);
}

/**
 * The tags the admin actions refresh with updateTag (server actions only); a route handler marks
 * them stale instead, as lib/cache-tags.ts says, and the next visit of a public page refreshes it.
 */
export function revalidateTags(tags: Iterable<string>) {
  for (const tag of new Set(tags)) revalidateTag(tag, "max");
}
