import type { Page } from "@playwright/test";

/**
 * Free seats on a seat map (not pressed, not held back for wheelchair users), in document order.
 * Held-back seats are buttons with aria-disabled, which `:enabled` alone still matches.
 */
export function freeSeats(page: Page) {
  return page
    .getByRole("button", { name: /^Row [A-Z]+, seat \d+, .*, available$/, pressed: false })
    .and(page.locator(':enabled:not([aria-disabled="true"])'));
}
