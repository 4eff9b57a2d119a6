import { sql } from "drizzle-orm";
import { HELD_BACK_SEAT_KINDS } from "../../lib/booking/rules";
import type { Db } from "../client";

export type ScaleOptions = { factor: number; pastTickets?: number };

/**
 * Multiplies the demo data for issue 19 point 5 (`npm run db:seed -- --scale 10`): `factor` times the
 * films (with their genres, categories, cast and producers) and the cinemas (screens and seats; each copy
 * in a town of its own, so a city holds as many cinemas as in the demo), each copied cinema showing the
 * same copy of each film on the same timetable; then the whole programme again two weeks in the past,
 * sold to `factor` × 2,500 customers — 50,000 × `factor` used tickets by default, two to an order, each
 * seat once. All of it in SQL, in one transaction: under a minute on PostgreSQL. Run right after the
 * demo seed, on a database that holds nothing else.
 */
export async function scaleDemoData(db: Db, { factor, pastTickets = 50_000 * factor }: ScaleOptions) {
  if (!Number.isInteger(factor) || factor < 2) throw new Error("--scale takes a whole number from 2");
  await db.transaction(async (tx) => {
    const copies = sql`generate_series(2, ${factor}::int)`;
    const heldBackKinds = sql`(${sql.join(
      HELD_BACK_SEAT_KINDS.map((kind) => sql`${kind}::seat_kind`),
      sql`, `,
    )})`;
    await tx.execute(sql`create temp table movie_copies on commit drop as
      select m.id as original_id, k, gen_random_uuid() as id from movies m cross join ${copies} k`);
    await tx.execute(sql`insert into movies (id, slug, title, synopsis, release_date, runtime_minutes, certificate, language, poster_id, trailer_url, archived_at)
      select c.id, m.slug || '-' || c.k, m.title || ' (' || c.k || ')', m.synopsis, m.release_date, m.runtime_minutes, m.certificate, m.language, m.poster_id, m.trailer_url, m.archived_at
      from movie_copies c join movies m on m.id = c.original_id`);
    await tx.execute(sql`insert into movie_genres (movie_id, genre_id)
      select c.id, x.genre_id from movie_genres x join movie_copies c on c.original_id = x.movie_id`);
    await tx.execute(sql`insert into movie_categories (movie_id, category_id)
      select c.id, x.category_id from movie_categories x join movie_copies c on c.original_id = x.movie_id`);
    await tx.execute(sql`insert into movie_cast (movie_id, actor_id, character_name, billing_order)
      select c.id, x.actor_id, x.character_name, x.billing_order from movie_cast x join movie_copies c on c.original_id = x.movie_id`);
    await tx.execute(sql`insert into movie_producers (movie_id, producer_id)
      select c.id, x.producer_id from movie_producers x join movie_copies c on c.original_id = x.movie_id`);

    await tx.execute(sql`create temp table cinema_copies on commit drop as
      select c.id as original_id, k, gen_random_uuid() as id from cinemas c cross join ${copies} k`);
    await tx.execute(sql`insert into cinemas (id, slug, name, address, city, postcode, country, latitude, longitude, phone, time_zone)
      select cc.id, c.slug || '-' || cc.k, c.name || ' ' || cc.k, c.address, c.city || ' ' || cc.k, c.postcode, c.country, c.latitude, c.longitude, c.phone, c.time_zone
      from cinema_copies cc join cinemas c on c.id = cc.original_id`);
    await tx.execute(sql`create temp table screen_copies on commit drop as
      select s.id as original_id, cc.k, gen_random_uuid() as id, cc.id as cinema_id from screens s join cinema_copies cc on cc.original_id = s.cinema_id`);
    await tx.execute(sql`insert into screens (id, cinema_id, name, layout)
      select sc.id, sc.cinema_id, s.name, s.layout from screen_copies sc join screens s on s.id = sc.original_id`);
    await tx.execute(sql`insert into seats (screen_id, row_label, number, kind, x, y)
      select sc.id, s.row_label, s.number, s.kind, s.x, s.y from seats s join screen_copies sc on sc.original_id = s.screen_id`);

    const showtimeColumns = sql.raw(
      "format_id, base_price_minor, currency, spoken_language, subtitle_language, audio_description, open_captions, closed_captions, sensory_friendly, no_discounts",
    );
    await tx.execute(sql`insert into showtimes (movie_id, screen_id, starts_at, ends_at, ${showtimeColumns})
      select mc.id, sc.id, st.starts_at, st.ends_at, ${showtimeColumns}
      from showtimes st join screen_copies sc on sc.original_id = st.screen_id join movie_copies mc on mc.original_id = st.movie_id and mc.k = sc.k`);
    // Two weeks back, the same programme has already been shown: it cannot meet the coming one on a screen.
    await tx.execute(sql`insert into showtimes (movie_id, screen_id, starts_at, ends_at, ${showtimeColumns})
      select movie_id, screen_id, starts_at - interval '14 days', ends_at - interval '14 days', ${showtimeColumns}
      from showtimes where ends_at - interval '14 days' < now()`);

    await tx.execute(sql`insert into users (email, name, email_verified)
      select 'scale-customer-' || g || '@example.test', 'Customer ' || g, now() from generate_series(1, ${factor * 2500}::int) g`);
    // An even share of every past showtime's seats on general sale, front rows first.
    await tx.execute(sql`create temp table sold on commit drop as
      with past as (select id, screen_id, base_price_minor, currency, starts_at from showtimes where ends_at < now()),
           quota as (select ceil(${pastTickets}::numeric / greatest(count(*), 1))::int as per_showtime from past)
      select p.id as showtime_id, s.id as seat_id, p.base_price_minor as price, p.currency, p.starts_at, s.n, gen_random_uuid() as ticket_id
      from past p cross join quota
      join lateral (select id, row_number() over (order by y, x) as n from seats
        where screen_id = p.screen_id and kind not in ${heldBackKinds}) s on s.n <= quota.per_showtime`);
    await tx.execute(sql`create temp table sold_orders on commit drop as
      select showtime_id, (n + 1) / 2 as pair, gen_random_uuid() as id, min(starts_at) as starts_at, sum(price)::int as total, min(currency) as currency,
             row_number() over (order by showtime_id, (n + 1) / 2) as seq
      from sold group by showtime_id, (n + 1) / 2`);
    await tx.execute(sql`create temp table scale_customers on commit drop as
      select id, row_number() over (order by id) - 1 as idx from users where email like 'scale-customer-%'`);
    await tx.execute(sql`insert into orders (id, number, user_id, payment_method, payment_status, currency, subtotal_minor, total_minor, idempotency_key, created_at, updated_at)
      select o.id, 'SC-' || lpad(o.seq::text, 8, '0'), u.id, 'pay_at_cinema', 'paid', o.currency, o.total, o.total, 'scale-' || o.seq, o.starts_at - interval '3 days', o.starts_at
      from sold_orders o join scale_customers u on u.idx = o.seq % (select count(*) from scale_customers)`);
    await tx.execute(sql`insert into tickets (id, order_id, showtime_id, seat_id, ticket_type_id, price_minor, code, status, used_at, created_at, updated_at)
      select s.ticket_id, o.id, s.showtime_id, s.seat_id, (select id from ticket_types where code = 'adult'), s.price,
             'sc' || replace(s.ticket_id::text, '-', ''), 'used', s.starts_at, o.starts_at - interval '3 days', s.starts_at
      from sold s join sold_orders o on o.showtime_id = s.showtime_id and o.pair = (s.n + 1) / 2`);
    await tx.execute(sql`insert into seat_claims (showtime_id, seat_id, ticket_id, ticket_type_id)
      select s.showtime_id, s.seat_id, s.ticket_id, (select id from ticket_types where code = 'adult') from sold s`);
  });
  // Fresh statistics and visibility map, as autovacuum would leave them: the planner sees the new sizes
  // and counts can read indexes alone.
  await db.execute(sql`vacuum analyze`);
}
