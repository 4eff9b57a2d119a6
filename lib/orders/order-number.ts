import { randomInt, randomUUID } from "node:crypto";

/**
 * Order numbers are read out at the box office, so their alphabet drops look-alikes (0/O, 1/I/L,
 * 5/S, 2/Z, 8/B). Six characters of 25 give ~244 million numbers; checkout retries the rare clash.
 */
export const ORDER_NUMBER_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
const LENGTH = 6;

export function newOrderNumber(): string {
  let body = "";
  for (let i = 0; i < LENGTH; i++) body += ORDER_NUMBER_ALPHABET[randomInt(ORDER_NUMBER_ALPHABET.length)];
  return `MQ-${body}`;
}

export const ORDER_NUMBER_PATTERN = new RegExp(`^MQ-[${ORDER_NUMBER_ALPHABET}]{${LENGTH}}$`);

/** A ticket's random id, the part of its QR code that the signature covers. */
export function newTicketCode(): string {
  return randomUUID().replaceAll("-", "");
}
