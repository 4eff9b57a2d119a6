import { relations } from "drizzle-orm";
import {
  actors,
  categories,
  genres,
  movieCast,
  movieCategories,
  movieGenres,
  movieProducers,
  movies,
  producers,
} from "./catalog";
import { cinemas, screens, seats } from "./venues";
import { formats, showtimes, ticketTypes } from "./scheduling";
import { carts, orderChanges, orders, seatClaims, tickets } from "./commerce";
import { accounts, sessions, users } from "./identity";

export const moviesRelations = relations(movies, ({ many }) => ({
  cast: many(movieCast),
  producers: many(movieProducers),
  categories: many(movieCategories),
  genres: many(movieGenres),
  showtimes: many(showtimes),
}));

export const actorsRelations = relations(actors, ({ many }) => ({ roles: many(movieCast) }));
export const producersRelations = relations(producers, ({ many }) => ({
  movies: many(movieProducers),
}));
export const categoriesRelations = relations(categories, ({ many }) => ({
  movies: many(movieCategories),
}));
export const genresRelations = relations(genres, ({ many }) => ({ movies: many(movieGenres) }));

export const movieCastRelations = relations(movieCast, ({ one }) => ({
  movie: one(movies, { fields: [movieCast.movieId], references: [movies.id] }),
  actor: one(actors, { fields: [movieCast.actorId], references: [actors.id] }),
}));
export const movieProducersRelations = relations(movieProducers, ({ one }) => ({
  movie: one(movies, { fields: [movieProducers.movieId], references: [movies.id] }),
  producer: one(producers, { fields: [movieProducers.producerId], references: [producers.id] }),
}));
export const movieCategoriesRelations = relations(movieCategories, ({ one }) => ({
  movie: one(movies, { fields: [movieCategories.movieId], references: [movies.id] }),
  category: one(categories, { fields: [movieCategories.categoryId], references: [categories.id] }),
}));
export const movieGenresRelations = relations(movieGenres, ({ one }) => ({
  movie: one(movies, { fields: [movieGenres.movieId], references: [movies.id] }),
  genre: one(genres, { fields: [movieGenres.genreId], references: [genres.id] }),
}));

export const cinemasRelations = relations(cinemas, ({ many }) => ({ screens: many(screens) }));
export const screensRelations = relations(screens, ({ one, many }) => ({
  cinema: one(cinemas, { fields: [screens.cinemaId], references: [cinemas.id] }),
  seats: many(seats),
  showtimes: many(showtimes),
}));
export const seatsRelations = relations(seats, ({ one }) => ({
  screen: one(screens, { fields: [seats.screenId], references: [screens.id] }),
}));

export const showtimesRelations = relations(showtimes, ({ one, many }) => ({
  movie: one(movies, { fields: [showtimes.movieId], references: [movies.id] }),
  screen: one(screens, { fields: [showtimes.screenId], references: [screens.id] }),
  format: one(formats, { fields: [showtimes.formatId], references: [formats.id] }),
  claims: many(seatClaims),
}));

export const cartsRelations = relations(carts, ({ one, many }) => ({
  user: one(users, { fields: [carts.userId], references: [users.id] }),
  claims: many(seatClaims),
}));
export const seatClaimsRelations = relations(seatClaims, ({ one }) => ({
  cart: one(carts, { fields: [seatClaims.cartId], references: [carts.id] }),
  showtime: one(showtimes, { fields: [seatClaims.showtimeId], references: [showtimes.id] }),
  seat: one(seats, { fields: [seatClaims.seatId], references: [seats.id] }),
  ticketType: one(ticketTypes, { fields: [seatClaims.ticketTypeId], references: [ticketTypes.id] }),
}));

export const ordersRelations = relations(orders, ({ one, many }) => ({
  user: one(users, { fields: [orders.userId], references: [users.id] }),
  tickets: many(tickets),
  changes: many(orderChanges),
}));
export const ticketsRelations = relations(tickets, ({ one }) => ({
  order: one(orders, { fields: [tickets.orderId], references: [orders.id] }),
  showtime: one(showtimes, { fields: [tickets.showtimeId], references: [showtimes.id] }),
  seat: one(seats, { fields: [tickets.seatId], references: [seats.id] }),
  ticketType: one(ticketTypes, { fields: [tickets.ticketTypeId], references: [ticketTypes.id] }),
}));
export const orderChangesRelations = relations(orderChanges, ({ one }) => ({
  order: one(orders, { fields: [orderChanges.orderId], references: [orders.id] }),
}));

export const usersRelations = relations(users, ({ many }) => ({
  accounts: many(accounts),
  sessions: many(sessions),
  orders: many(orders),
}));
export const accountsRelations = relations(accounts, ({ one }) => ({
  user: one(users, { fields: [accounts.userId], references: [users.id] }),
}));
export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));
