import { z } from "zod";

/**
 * A submitted form as the object its schema expects. Only the schema's own keys are read (React and
 * Next add `$ACTION_…` entries of their own, and strict schemas refuse unknown keys); an array field
 * takes every value of its name, an empty one becoming "absent" when the schema allows that.
 */
export function formInput(schema: z.ZodType, formData: FormData): Record<string, unknown> {
  const shape = objectShape(schema);
  if (!shape) return Object.fromEntries([...formData.keys()].filter((key) => !key.startsWith("$ACTION")).map((key) => [key, formData.get(key)]));
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => {
      if (!isArrayField(field)) return [key, formData.get(key) ?? undefined];
      const all = formData.getAll(key);
      return [key, all.length === 0 && field.safeParse(undefined).success ? undefined : all];
    }),
  );
}

/**
 * What the user typed into a submitted form, to put back into it when it is rejected; never
 * passwords or tokens. (A caller that sends an object, a react-hook-form form, keeps its own values.)
 */
export function echoedValues(formData: FormData): Record<string, string> | undefined {
  const values = [...formData.entries()].filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$ACTION") && !secretField.test(entry[0]),
  );
  return values.length > 0 ? Object.fromEntries(values) : undefined;
}

const secretField = /password|token|secret/i;

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  if (schema instanceof z.ZodPipe) return objectShape(schema.in as z.ZodType);
  return undefined;
}

function isArrayField(field: z.ZodType): boolean {
  if (field instanceof z.ZodArray) return true;
  if (field instanceof z.ZodOptional || field instanceof z.ZodNullable || field instanceof z.ZodDefault) {
    return isArrayField(field.unwrap() as z.ZodType);
  }
  if (field instanceof z.ZodPipe) return isArrayField(field.in as z.ZodType);
  return false;
}
