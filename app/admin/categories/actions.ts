"use server";

import { updateTag } from "next/cache";
import { adminAction } from "@/lib/actions/admin-action";
import { cacheTags } from "@/lib/cache-tags";
import { deleteCategory, saveCategory } from "@/lib/catalog/mutations";
import { categorySchema, entityIdSchema, updateSchema } from "@/lib/catalog/schemas";

function revalidate({ slug }: { slug: string }) {
  updateTag(cacheTags.category(slug));
  updateTag(cacheTags.catalog);
}

export const createCategoryAction = adminAction(categorySchema, (input, admin) => saveCategory(admin.id, input), revalidate);

export const updateCategoryAction = adminAction(updateSchema(categorySchema), (input, admin) => saveCategory(admin.id, input), revalidate);

export const deleteCategoryAction = adminAction(entityIdSchema, (input, admin) => deleteCategory(admin.id, input.id), revalidate);
