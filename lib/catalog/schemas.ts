import { z } from "zod";
import {
  dateField,
  idField,
  languageCodeField,
  optionalIdField,
  optionalIntField,
  optionalTextField,
  slugField,
  textField,
} from "@/lib/admin/form-fields";

/** Shared by the admin forms (react-hook-form resolver) and the server actions. */

const birthDateField = z.preprocess(
  (v) => (v === "" ? null : v),
  dateField
    .refine((d) => d >= "1850-01-01", "A date of birth must be after 1850.")
    .refine((d) => d <= new Date().toISOString().slice(0, 10), "A date of birth cannot be in the future.")
    .nullable(),
);

export const actorSchema = z
  .object({
    name: textField("a name", 200),
    slug: slugField,
    birthDate: birthDateField,
    bio: optionalTextField(10_000),
    photoId: optionalIdField,
  })
  .strict();

export const producerSchema = z
  .object({
    name: textField("a name", 200),
    slug: slugField,
    age: optionalIntField("age", 0, 130),
    company: optionalTextField(200),
    bio: optionalTextField(10_000),
    photoId: optionalIdField,
  })
  .strict();

export const categorySchema = z
  .object({
    name: textField("a name", 100),
    slug: slugField,
    description: optionalTextField(2_000),
  })
  .strict();

export const castMemberSchema = z
  .object({
    actorId: idField,
    characterName: optionalTextField(200),
  })
  .strict();

const trailerUrlField = z.preprocess(
  (v) => (v === "" ? null : v),
  z
    .url({ protocol: /^https$/, error: "Enter a full https:// link to the trailer." })
    .max(500)
    .nullable(),
);

export const movieSchema = z
  .object({
    title: textField("a title", 300),
    slug: slugField,
    synopsis: optionalTextField(5_000),
    releaseDate: dateField,
    runtimeMinutes: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.coerce
        .number({ error: "Enter the runtime in minutes." })
        .int("The runtime must be whole minutes.")
        .min(1, "The runtime must be between 1 and 600 minutes.")
        .max(600, "The runtime must be between 1 and 600 minutes."),
    ),
    certificate: textField("a certificate", 10),
    language: languageCodeField,
    posterId: optionalIdField,
    trailerUrl: trailerUrlField,
    genreIds: z.array(idField).max(10, "Pick at most 10 genres.").default([]),
    categoryIds: z.array(idField).max(20).default([]),
    producerIds: z.array(idField).max(30).default([]),
    /** In billing order: the first member is billed first. */
    cast: z
      .array(castMemberSchema)
      .max(100)
      .default([])
      .refine((cast) => new Set(cast.map((c) => c.actorId)).size === cast.length, "An actor can be in the cast only once."),
  })
  .strict();

export const entityIdSchema = z.object({ id: idField }).strict();
export const updateSchema = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) =>
  schema.extend({ id: idField }).strict();

export type ActorInput = z.output<typeof actorSchema>;
export type ProducerInput = z.output<typeof producerSchema>;
export type CategoryInput = z.output<typeof categorySchema>;
export type MovieInput = z.output<typeof movieSchema>;
