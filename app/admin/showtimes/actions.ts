"use server";

import { updateTag } from "next/cache";
import { adminAction } from "@/lib/actions/admin-action";
import { cacheTags } from "@/lib/cache-tags";
import { entityIdSchema } from "@/lib/catalog/schemas";
import { cancelShowtime } from "@/lib/scheduling/cancellation";
import { bulkCreateShowtimes, createShowtime, deleteShowtime, updateShowtime } from "@/lib/scheduling/mutations";
import { bulkShowtimeSchema, cancelShowtimeSchema, showtimeSchema, showtimeUpdateSchema } from "@/lib/scheduling/schemas";

// Showtimes appear on movie, cinema and listing pages: the shared tags cover all of them.
function revalidate() {
  updateTag(cacheTags.showtimes);
  updateTag(cacheTags.catalog);
  updateTag(cacheTags.cinemas);
}

export const createShowtimeAction = adminAction(showtimeSchema, (input, admin) => createShowtime(admin.id, input), revalidate);

export const updateShowtimeAction = adminAction(showtimeUpdateSchema, (input, admin) => updateShowtime(admin.id, input), revalidate);

export const bulkCreateShowtimesAction = adminAction(bulkShowtimeSchema, (input, admin) => bulkCreateShowtimes(admin.id, input), revalidate);

export const deleteShowtimeAction = adminAction(entityIdSchema, (input, admin) => deleteShowtime(admin.id, input.id), revalidate);

export const cancelShowtimeAction = adminAction(cancelShowtimeSchema, (input, admin) => cancelShowtime(admin.id, input.id, input.reason), revalidate);
