import { cinemas } from "@/db/schema";

/** A cinema's own fields, as the admin form and the JSON API show them. */
export const cinemaColumns = {
  id: cinemas.id,
  slug: cinemas.slug,
  name: cinemas.name,
  address: cinemas.address,
  city: cinemas.city,
  postcode: cinemas.postcode,
  country: cinemas.country,
  phone: cinemas.phone,
  timeZone: cinemas.timeZone,
  latitude: cinemas.latitude,
  longitude: cinemas.longitude,
};
