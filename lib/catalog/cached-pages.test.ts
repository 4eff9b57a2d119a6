import { describe, expect, it } from "vitest";
import { routePage } from "./cached-pages";

const route = (url: string) => {
  const { pathname, search } = new URL(url, "http://marquee.test");
  return routePage({ pathname, search });
};

describe("routePage", () => {
  it("serves people and categories from the cache whatever their query string", () => {
    expect(route("/actors/ada")).toEqual({ cached: true, pathname: "/actors/ada" });
    expect(route("/categories/family?utm_source=mail")).toEqual({ cached: true, pathname: "/categories/family" });
  });

  it("serves a movie or cinema page from the cache, a cinema's day cached per day, and other query strings per request", () => {
    expect(route("/movies/orbitfall")).toEqual({ cached: true, pathname: "/movies/orbitfall" });
    expect(route("/movies/orbitfall?access=cc")).toEqual({ cached: false, pathname: "/movies/orbitfall/per-request" });
    expect(route("/cinemas/bankside")).toEqual({ cached: true, pathname: "/cinemas/bankside" });
    expect(route("/cinemas/bankside?day=2026-12-08")).toEqual({ cached: true, pathname: "/cinemas/bankside/cached-day/2026-12-08" });
    expect(route("/cinemas/bankside?day=yesterday")).toEqual({ cached: false, pathname: "/cinemas/bankside/per-request" });
  });

  it("serves a seat map from the cache, and one with seats chosen before signing in per request", () => {
    const seatMap = "/showtimes/0b9c1e9e-4a51-4c55-9d8e-2f6f0f6b1a11";
    expect(route(seatMap)).toEqual({ cached: true, pathname: seatMap });
    expect(route(`${seatMap}?seats=a:b`)).toEqual({ cached: false, pathname: `${seatMap}/per-request` });
  });

  it("sends the plain list pages to their cached route; searches and filters stay per request", () => {
    expect(route("/")).toEqual({ cached: true, pathname: "/cached-list/home" });
    expect(route("/movies")).toEqual({ cached: true, pathname: "/cached-list/movies" });
    expect(route("/cinemas")).toEqual({ cached: true, pathname: "/cached-list/cinemas" });
    expect(route("/cinemas?sort=name")).toEqual({ cached: true, pathname: "/cached-list/cinemas" });
    expect(route("/movies?q=orbit")).toBeUndefined();
  });

  it("sends a city's home page to its cached route, one per city; a value that is no slug stays per request", () => {
    expect(route("/?city=london")).toEqual({ cached: true, pathname: "/cached-city/london" });
    expect(route("/?city=st-ives&utm_source=mail")).toEqual({ cached: true, pathname: "/cached-city/st-ives" });
    expect(route("/?city=%3Cscript%3E")).toBeUndefined();
    expect(route("/?city=London")).toBeUndefined();
    expect(route("/?utm_source=mail")).toBeUndefined();
  });

  it("answers 404 for the internal routes by their own URLs", () => {
    for (const url of ["/cached-list/home", "/cached-list", "/cached-city/london", "/movies/orbitfall/per-request", "/cinemas/bankside/per-request?day=x", "/cinemas/bankside/cached-day/2026-12-08", "/showtimes/x/per-request"]) {
      expect(route(url), url).toEqual({ cached: false, pathname: "/not-a-page" });
    }
  });

  it("leaves every other page where it is", () => {
    for (const url of ["/showtimes/123/tickets", "/cart", "/account", "/movies/orbitfall/cast", "/constructor", "/__proto__"]) {
      expect(route(url), url).toBeUndefined();
    }
  });
});
