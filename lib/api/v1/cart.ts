import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db";
import { seatKind, showtimes } from "@/db/schema";
import { listCart, type Cart } from "@/lib/booking/cart";
import { changeHeldTicketType, emptyCart, holdSeats, releaseSeat } from "@/lib/booking/holds";
import { defaultTicketType, listActiveTicketTypes, offeredFor } from "@/lib/booking/price-context";
import { BOOKING_LIMITS, changeTicketTypeSchema, holdSeatsSchema, seatChoiceSchema, type HoldSeatsInput } from "@/lib/booking/schemas";
import { InvalidError, NotFoundError } from "@/lib/errors";
import { claimKey } from "@/lib/orders/checkout";
import { defineEndpoint } from "../endpoint";

/**
 * The signed-in customer's cart: seats held for a few minutes, priced on the server (lib/booking).
 * A hold is keyed by its showtime and seat (seat_claims' primary key), so a cart item's id is the
 * same `<showtimeId>:<seatId>` the checkout uses (lib/orders/checkout.ts claimKey).
 */
const tag = "Cart";

const uuidPattern = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

export const cartItemId = z
  .string()
  .regex(new RegExp(`^${uuidPattern}:${uuidPattern}$`))
  .describe("A held seat: `<showtimeId>:<seatId>`.");

const itemParams = z.object({
  id: cartItemId.transform((id) => {
    const [showtimeId, seatId] = id.toLowerCase().split(":");
    return { showtimeId, seatId };
  }),
});

const ticketTypeRef = z.object({ id: z.uuid(), name: z.string(), isCarer: z.boolean() });

const cartItem = z.object({
  id: cartItemId,
  showtimeId: z.uuid(),
  seatId: z.uuid(),
  seat: z.object({ row: z.string(), number: z.int(), kind: z.enum(seatKind.enumValues) }),
  ticketType: ticketTypeRef,
  price: z.int().describe("The ticket price in minor units of `currency`, booking fee excluded."),
  bookingFee: z.int().describe("Minor units of `currency`."),
  currency: z.string().length(3),
  expiresAt: z.iso.datetime().describe("When the hold ends and the seat goes back on sale."),
  showtime: z.object({
    startsAt: z.iso.datetime(),
    movieTitle: z.string(),
    cinemaName: z.string(),
    screenName: z.string(),
    format: z.string(),
  }),
  ticketTypeOptions: z.array(ticketTypeRef).describe("The ticket types this seat may be switched to (PATCH)."),
});

const money = { subtotal: z.int(), bookingFee: z.int(), total: z.int() };

const cartBody = z.object({
  items: z.array(cartItem),
  ...money,
  currency: z.string().length(3).nullable().describe("Null for an empty cart."),
  expiresAt: z.iso.datetime().nullable().describe("The earliest hold to run out; null for an empty cart."),
  totals: z.array(z.object({ currency: z.string().length(3), ...money })).describe("Per currency; a cart is almost always in one."),
});

const heldBody = z.object({ items: z.array(cartItem), expiresAt: z.iso.datetime() });

type CartItem = z.input<typeof cartItem>;

function itemsOf(cart: Cart): CartItem[] {
  return cart.showtimes.flatMap((group) =>
    group.seats.map((seat) => ({
      id: claimKey({ showtimeId: group.showtimeId, seatId: seat.seatId }),
      showtimeId: group.showtimeId,
      seatId: seat.seatId,
      seat: { row: seat.rowLabel, number: seat.number, kind: seat.kind },
      ticketType: { id: seat.ticketTypeId, name: seat.ticketTypeName, isCarer: seat.isCarer },
      price: seat.priceMinor,
      bookingFee: seat.bookingFeeMinor,
      currency: group.currency,
      expiresAt: seat.heldUntil.toISOString(),
      showtime: {
        startsAt: group.startsAt.toISOString(),
        movieTitle: group.movieTitle,
        cinemaName: group.cinemaName,
        screenName: group.screenName,
        format: group.formatName,
      },
      ticketTypeOptions: group.ticketTypes,
    })),
  );
}

async function describeCart(userId: string): Promise<z.input<typeof cartBody>> {
  const cart = await listCart(userId);
  const items = itemsOf(cart);
  const [first] = cart.totals;
  const earliest = cart.showtimes.reduce<Date | null>((min, g) => (!min || g.heldUntil < min ? g.heldUntil : min), null);
  return {
    items,
    subtotal: first?.subtotalMinor ?? 0,
    bookingFee: first?.bookingFeeMinor ?? 0,
    total: first?.totalMinor ?? 0,
    currency: first?.currency ?? null,
    expiresAt: earliest?.toISOString() ?? null,
    totals: cart.totals.map((t) => ({ currency: t.currency, subtotal: t.subtotalMinor, bookingFee: t.bookingFeeMinor, total: t.totalMinor })),
  };
}

async function findItem(userId: string, id: string) {
  const item = itemsOf(await listCart(userId)).find((i) => i.id === id);
  if (!item) throw new NotFoundError("That seat is not in your cart.");
  return item;
}

/** No ticket type given: the one the seat map preselects for this showtime. */
async function defaultTicketTypeId(showtimeId: string) {
  const db = await getDb();
  const [showtime] = await db.select({ noDiscounts: showtimes.noDiscounts }).from(showtimes).where(eq(showtimes.id, showtimeId));
  if (!showtime) throw new NotFoundError("That showtime does not exist.");
  const type = defaultTicketType(offeredFor(await listActiveTicketTypes(db), showtime.noDiscounts));
  if (!type) throw new InvalidError("No tickets are on sale for this showtime.");
  return type.id;
}

export const getCart = defineEndpoint({
  method: "GET",
  path: "/api/v1/cart",
  operationId: "getCart",
  tag,
  summary: "Your cart: the seats held for you, priced",
  description: "Only live holds: a hold whose time ran out is gone. Each item's `id` is `<showtimeId>:<seatId>`.",
  access: "signed-in",
  response: { status: 200, description: "The cart (possibly empty).", schema: cartBody },
  handler: ({ caller }) => describeCart(caller.id),
});

const holdRequest = z
  .object({
    showtimeId: holdSeatsSchema.shape.showtimeId,
    seatIds: z
      .array(seatChoiceSchema.shape.seatId)
      .min(1, "Choose at least one seat.")
      .max(BOOKING_LIMITS.seatsPerShowtime, `You can book up to ${BOOKING_LIMITS.seatsPerShowtime} seats for one showtime.`)
      .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, "A seat was chosen twice."),
    ticketTypeId: seatChoiceSchema.shape.ticketTypeId.optional().describe("For every seat; by default the showtime's standard ticket type."),
    wheelchairDeclared: holdSeatsSchema.shape.wheelchairDeclared.describe("You need a wheelchair space (needed to hold wheelchair and companion seats)."),
    carerDeclared: holdSeatsSchema.shape.carerDeclared.describe("You need a carer with you (needed for a carer ticket)."),
  })
  .strict();

export const holdCartItems = defineEndpoint({
  method: "POST",
  path: "/api/v1/cart/items",
  operationId: "holdCartItems",
  tag,
  summary: "Hold seats for a showtime",
  description:
    "All or nothing: 409 `seats_taken` (with `errors.seats` naming them) when another customer holds or bought any of the seats, " +
    "409 `already_in_cart` for a seat you already hold. The web's limits and seating rules apply (422): seats per showtime, " +
    "showtimes per cart, wheelchair spaces and companion seats only with `wheelchairDeclared`, a carer ticket only with `carerDeclared`.",
  access: "signed-in",
  input: holdRequest,
  response: { status: 201, description: "The seats now held for you.", schema: heldBody },
  problems: [404, 409],
  handler: async ({ caller, input }) => {
    const ticketTypeId = input.ticketTypeId ?? (await defaultTicketTypeId(input.showtimeId));
    const choice: HoldSeatsInput = {
      showtimeId: input.showtimeId,
      seats: input.seatIds.map((seatId) => ({ seatId, ticketTypeId })),
      wheelchairDeclared: input.wheelchairDeclared,
      carerDeclared: input.carerDeclared,
    };
    const held = await holdSeats({ ...choice, userId: caller.id }, { newSeatsOnly: true });
    const wanted = new Set(held.seatIds.map((seatId) => claimKey({ showtimeId: input.showtimeId, seatId })));
    return { items: itemsOf(await listCart(caller.id)).filter((item) => wanted.has(item.id)), expiresAt: held.heldUntil.toISOString() };
  },
});

export const changeCartItem = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/cart/items/{id}",
  operationId: "changeCartItem",
  tag,
  summary: "Change the ticket type of a held seat",
  description: "The hold keeps its expiry. Choose among the item's `ticketTypeOptions`.",
  access: "signed-in",
  params: itemParams,
  input: changeTicketTypeSchema.pick({ ticketTypeId: true }).strict(),
  response: { status: 200, description: "The item as it is now.", schema: cartItem },
  problems: [404],
  handler: async ({ caller, params, input }) => {
    await changeHeldTicketType({ userId: caller.id, ...params.id, ticketTypeId: input.ticketTypeId });
    return findItem(caller.id, claimKey(params.id));
  },
});

export const removeCartItem = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/cart/items/{id}",
  operationId: "removeCartItem",
  tag,
  summary: "Give a held seat back",
  description: "A wheelchair space can't go before its companion seats (422).",
  access: "signed-in",
  params: itemParams,
  response: { status: 204, description: "Released." },
  problems: [404],
  handler: async ({ caller, params }) => {
    await releaseSeat({ userId: caller.id, ...params.id });
  },
});

export const emptyMyCart = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/cart",
  operationId: "emptyCart",
  tag,
  summary: "Release every held seat",
  access: "signed-in",
  response: { status: 204, description: "The cart is empty." },
  handler: async ({ caller }) => {
    await emptyCart(caller.id);
  },
});

// The web's cart actions only revalidate the caller's own dynamic pages (/cart); seat availability is
// never cached, so an API write has no shared cache to refresh.
export const cartEndpoints = [getCart, emptyMyCart, holdCartItems, changeCartItem, removeCartItem];
