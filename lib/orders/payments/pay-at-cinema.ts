import type { PaymentMethod } from "./types";

/** Seats are reserved now and paid at the box office before the film starts. */
export const payAtCinema: PaymentMethod = {
  id: "pay_at_cinema",
  label: "Pay at the cinema",
  description: "Your seats are reserved now. Pay at the box office before the showtime starts.",
  async authorize(_tx, request) {
    return { status: "unpaid", payBy: request.firstShowtimeStartsAt };
  },
};
