import type { ShowtimeListing } from "@/lib/scheduling/queries";
import { screeningsGraphJsonLd, type JsonLd } from "./json-ld";
import { absoluteUrl } from "./metadata";

/** ScreeningEvents for listed showings, capped so a busy cinema page stays a reasonable size. */
export function screeningEventsJsonLd(showtimes: ShowtimeListing[], limit = 60): JsonLd {
  return screeningsGraphJsonLd(
    showtimes.slice(0, limit).map((showtime) => ({
      url: absoluteUrl(`/showtimes/${showtime.id}`),
      movieTitle: showtime.movie.title,
      movieUrl: absoluteUrl(`/movies/${showtime.movie.slug}`),
      startsAt: showtime.startsAt,
      runtimeMinutes: showtime.movie.runtimeMinutes,
      timeZone: showtime.cinema.timeZone,
      place: {
        name: showtime.cinema.name,
        url: absoluteUrl(`/cinemas/${showtime.cinema.slug}`),
        address: showtime.cinema.address,
        city: showtime.cinema.city,
        postcode: showtime.cinema.postcode,
        country: showtime.cinema.country,
      },
      priceMinor: showtime.adultPriceMinor,
      currency: showtime.currency,
      soldOut: showtime.availability.status === "sold-out",
      videoFormat: showtime.format.videoFormat,
      inLanguage: showtime.spokenLanguage,
      subtitleLanguage: showtime.subtitleLanguage,
    })),
  );
}
