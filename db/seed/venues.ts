import type { cinemas, screens, seats } from "../schema";
import { cinemaData } from "./cinemas";
import { drawLayout, seatsFor } from "./layouts";
import { slugify, stableUuid } from "./random";
import type { ScheduleScreen } from "./showtimes";

const TIME_ZONE = "Europe/London";

/** Cinemas, their screens and every seat, plus what the scheduler needs to know about each screen. */
export function buildVenues() {
  const cinemaRows: (typeof cinemas.$inferInsert)[] = [];
  const screenRows: (typeof screens.$inferInsert)[] = [];
  const seatRows: (typeof seats.$inferInsert)[] = [];
  const scheduleScreens: ScheduleScreen[] = [];

  for (const cinema of cinemaData) {
    const slug = slugify(cinema.name);
    const cinemaId = stableUuid(`cinema:${slug}`);
    cinemaRows.push({
      id: cinemaId,
      slug,
      name: cinema.name,
      address: cinema.address,
      city: cinema.city,
      postcode: cinema.postcode,
      country: "GB",
      latitude: cinema.latitude,
      longitude: cinema.longitude,
      phone: cinema.phone,
      timeZone: TIME_ZONE,
    });

    const drawn = cinema.screens.map((spec, i) => {
      const name = `Screen ${i + 1}`;
      const layout = drawLayout(spec);
      return { id: stableUuid(`screen:${slug}:${name}`), name, layout, seats: seatsFor(layout, `${cinema.name} ${name}`) };
    });
    const biggest = drawn.reduce((a, b) => (b.seats.length > a.seats.length ? b : a));

    for (const screen of drawn) {
      screenRows.push({ id: screen.id, cinemaId, name: screen.name, layout: screen.layout });
      for (const seat of screen.seats) seatRows.push({ screenId: screen.id, ...seat });
      scheduleScreens.push({
        id: screen.id,
        timeZone: TIME_ZONE,
        premiumFormat: screen === biggest ? cinema.premiumFormat : undefined,
        priceLevel: cinema.priceLevel,
      });
    }
  }

  return { cinemas: cinemaRows, screens: screenRows, seats: seatRows, scheduleScreens };
}
