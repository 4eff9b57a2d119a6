"use server";

import { revalidatePath, updateTag } from "next/cache";
import { adminAction } from "@/lib/actions/admin-action";
import { setAdminMfaRequired } from "@/lib/auth/mfa/admin-policy";
import { securityPolicySchema } from "@/lib/auth/mfa/schemas";
import { cacheTags } from "@/lib/cache-tags";
import { saveBookingPolicy, saveFormat, saveSeatSurcharges, saveTicketType } from "@/lib/settings/mutations";
import { bookingPolicySchema, formatSchema, seatSurchargesSchema, ticketTypeSchema } from "@/lib/settings/schemas";

// Formats, prices and the policy show on showtime listings, seat maps and checkout.
function revalidate() {
  updateTag(cacheTags.showtimes);
  updateTag(cacheTags.catalog);
}

export const saveFormatAction = adminAction(formatSchema, (input, admin) => saveFormat(admin.id, input), revalidate);

export const saveTicketTypeAction = adminAction(ticketTypeSchema, (input, admin) => saveTicketType(admin.id, input), revalidate);

export const saveSeatSurchargesAction = adminAction(seatSurchargesSchema, (input, admin) => saveSeatSurcharges(admin.id, input), revalidate);

export const saveBookingPolicyAction = adminAction(bookingPolicySchema, (input, admin) => saveBookingPolicy(admin.id, input), revalidate);

/** "Require two-step verification for admins" (issue 17 point 5); audited as security_policy.updated. */
export const saveSecurityPolicyAction = adminAction(
  securityPolicySchema,
  (input, admin) => setAdminMfaRequired(admin, input.requireAdminMfa),
  () => revalidatePath("/admin/settings"),
);
