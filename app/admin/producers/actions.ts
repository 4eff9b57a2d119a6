"use server";

import { updateTag } from "next/cache";
import { adminAction } from "@/lib/actions/admin-action";
import { cacheTags } from "@/lib/cache-tags";
import { deleteProducer, saveProducer } from "@/lib/catalog/mutations";
import { entityIdSchema, producerSchema, updateSchema } from "@/lib/catalog/schemas";

function revalidate({ slug }: { slug: string }) {
  updateTag(cacheTags.producer(slug));
  updateTag(cacheTags.catalog);
}

export const createProducerAction = adminAction(producerSchema, (input, admin) => saveProducer(admin.id, input), revalidate);

export const updateProducerAction = adminAction(updateSchema(producerSchema), (input, admin) => saveProducer(admin.id, input), revalidate);

export const deleteProducerAction = adminAction(entityIdSchema, (input, admin) => deleteProducer(admin.id, input.id), revalidate);
