"use server";

import { updateTag } from "next/cache";
import { adminAction } from "@/lib/actions/admin-action";
import { cacheTags } from "@/lib/cache-tags";
import { deleteActor, saveActor } from "@/lib/catalog/mutations";
import { actorSchema, entityIdSchema, updateSchema } from "@/lib/catalog/schemas";

function revalidate({ slug }: { slug: string }) {
  updateTag(cacheTags.actor(slug));
  // Movie pages list their cast.
  updateTag(cacheTags.catalog);
}

export const createActorAction = adminAction(actorSchema, (input, admin) => saveActor(admin.id, input), revalidate);

export const updateActorAction = adminAction(updateSchema(actorSchema), (input, admin) => saveActor(admin.id, input), revalidate);

export const deleteActorAction = adminAction(entityIdSchema, (input, admin) => deleteActor(admin.id, input.id), revalidate);
