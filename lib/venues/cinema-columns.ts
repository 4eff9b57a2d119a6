import { cinemas } from "@/db/schema";

/** What a cinema list shows of each cinema (public pages). */
export const cinemaSummaryColumns = {
  id: cinemas.id,
  slug: cinemas.slug,
  name: cinemas.name,
  address: cinemas.address,
  city: cinemas.city,
  postcode: cinemas.postcode,
  country: cinemas.country,
  timeZone: cinemas.timeZone,
};

/** A cinema's own fields in full, as the admin form and the JSON API show them. */
export const cinemaColumns = {
  ...cinemaSummaryColumns,
  phone: cinemas.phone,
  latitude: cinemas.latitude,
  longitude: cinemas.longitude,
  payAtCinema: cinemas.payAtCinema,
};
