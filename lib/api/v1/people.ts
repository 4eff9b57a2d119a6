import "server-only";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { getActor, getProducer, listActors, listProducers } from "@/lib/catalog/admin-queries";
import { deleteActor, deleteProducer, saveActor, saveProducer } from "@/lib/catalog/mutations";
import { getActorBySlug, getProducerBySlug, type PersonDetail } from "@/lib/catalog/queries";
import { actorSchema, producerSchema } from "@/lib/catalog/schemas";
import { mediaUrl } from "@/lib/media/urls";
import { entityEndpoints } from "./catalogue-entity";
import { absentAsNull } from "./catalogue-writes";
import { movieCardOut, toMovieCard } from "./movies";

/** Actors and producers: one shape with each kind's own facts (birth date; age and company), as in the admin's PersonForm. */

const person = {
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
};

const personDetail = {
  ...person,
  bio: z.string().describe("Markdown."),
  photoId: z.uuid().nullable(),
  photoUrl: z.string().nullable().describe("Path of the photo on this server, or null."),
};

const birthDate = z.iso.date().nullable();
const producerFacts = { age: z.int().nullable(), company: z.string() };

function personOut({ photoId, bio, id, slug, name }: PersonDetail) {
  return { id, slug, name, bio, photoId, photoUrl: photoId ? mediaUrl(photoId) : null };
}

const actorDetail = z.object({
  ...personDetail,
  birthDate,
  movies: z.array(movieCardOut.extend({ characterName: z.string() })).describe("Newest first; archived movies are left out."),
});

const producerDetail = z.object({
  ...personDetail,
  ...producerFacts,
  movies: z.array(movieCardOut).describe("Newest first; archived movies are left out."),
});

const unlinked = "Its movies stay and lose the credit.";

export const actors = entityEndpoints({
  noun: "actor",
  plural: "actors",
  schema: actorSchema,
  createSchema: absentAsNull(actorSchema, ["birthDate", "photoId"]),
  item: z.object({ ...person, birthDate }),
  detail: actorDetail,
  list: listActors,
  toItem: ({ id, slug, name, birthDate }) => ({ id, slug, name, birthDate }),
  load: getActor,
  describe: async (slug) => {
    const actor = await getActorBySlug(slug);
    return actor && { ...personOut(actor), birthDate: actor.birthDate, movies: actor.movies.map((m) => ({ ...toMovieCard(m), characterName: m.characterName ?? "" })) };
  },
  save: saveActor,
  remove: deleteActor,
  cacheTag: cacheTags.actor,
  deleteDescription: unlinked,
});
export const actorEndpoints = actors.all;

export const producers = entityEndpoints({
  noun: "producer",
  plural: "producers",
  schema: producerSchema,
  createSchema: absentAsNull(producerSchema, ["age", "photoId"]),
  item: z.object({ ...person, ...producerFacts }),
  detail: producerDetail,
  list: listProducers,
  toItem: ({ id, slug, name, age, company }) => ({ id, slug, name, age, company }),
  load: getProducer,
  describe: async (slug) => {
    const producer = await getProducerBySlug(slug);
    return producer && { ...personOut(producer), age: producer.age, company: producer.company, movies: producer.movies.map(toMovieCard) };
  },
  save: saveProducer,
  remove: deleteProducer,
  cacheTag: cacheTags.producer,
  deleteDescription: unlinked,
});
export const producerEndpoints = producers.all;
