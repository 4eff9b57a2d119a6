import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db";
import { formats, seatKindSurcharges, ticketTypes } from "@/db/schema";
import { loadBookingPolicy } from "@/lib/orders/pricing-inputs";

export async function getSettings() {
  const db = await getDb();
  const [formatRows, typeRows, surchargeRows, policy] = await Promise.all([
    db
      .select({ id: formats.id, code: formats.code, name: formats.name, videoFormat: formats.videoFormat, surchargeMinor: formats.surchargeMinor, sortOrder: formats.sortOrder })
      .from(formats)
      .orderBy(asc(formats.sortOrder), asc(formats.name)),
    db
      .select({
        id: ticketTypes.id,
        code: ticketTypes.code,
        name: ticketTypes.name,
        priceRule: ticketTypes.priceRule,
        amountMinor: ticketTypes.amountMinor,
        percent: ticketTypes.percent,
        ageNote: ticketTypes.ageNote,
        idMayBeChecked: ticketTypes.idMayBeChecked,
        isDiscount: ticketTypes.isDiscount,
        active: ticketTypes.active,
        sortOrder: ticketTypes.sortOrder,
      })
      .from(ticketTypes)
      .orderBy(asc(ticketTypes.sortOrder), asc(ticketTypes.name)),
    db.select({ kind: seatKindSurcharges.kind, surchargeMinor: seatKindSurcharges.surchargeMinor }).from(seatKindSurcharges),
    loadBookingPolicy(db),
  ]);
  return {
    formats: formatRows,
    ticketTypes: typeRows,
    seatSurcharges: Object.fromEntries(surchargeRows.map((r) => [r.kind, r.surchargeMinor])),
    policy,
  };
}
