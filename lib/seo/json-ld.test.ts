import { describe, expect, it } from "vitest";
import {
  breadcrumbJsonLd,
  isoDuration,
  isoWithOffset,
  movieJsonLd,
  personJsonLd,
  screeningEventJsonLd,
  serializeJsonLd,
} from "./json-ld";

const place = {
  name: "Marquee Bankside",
  url: "https://marquee.example/cinemas/marquee-bankside",
  address: "21 Sumner Street",
  city: "London",
  postcode: "SE1 9TG",
  country: "GB",
};

describe("serializeJsonLd", () => {
  it("cannot be closed by text from the database", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(text).not.toContain(">");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});

describe("isoDuration", () => {
  it("writes ISO 8601 durations", () => {
    expect(isoDuration(135)).toBe("PT2H15M");
    expect(isoDuration(120)).toBe("PT2H");
    expect(isoDuration(45)).toBe("PT45M");
  });
});

describe("isoWithOffset", () => {
  it("gives local time with the zone's offset, winter and summer", () => {
    expect(isoWithOffset(new Date("2026-12-01T19:30:00Z"), "Europe/London")).toBe("2026-12-01T19:30:00+00:00");
    expect(isoWithOffset(new Date("2026-07-01T18:30:00Z"), "Europe/London")).toBe("2026-07-01T19:30:00+01:00");
    expect(isoWithOffset(new Date("2026-07-01T18:30:00Z"), "America/New_York")).toBe("2026-07-01T14:30:00-04:00");
  });
});

describe("movieJsonLd", () => {
  it("carries the fields search engines read", () => {
    const data = movieJsonLd({
      title: "Night Train",
      url: "https://marquee.example/movies/night-train",
      imageUrl: "https://marquee.example/media/1",
      synopsis: "A train.",
      releaseDate: "2026-11-01",
      runtimeMinutes: 101,
      certificate: "12A",
      genres: ["Thriller"],
      actors: [{ name: "Ann Actor", url: "https://marquee.example/actors/ann-actor" }],
      producers: [{ name: "Pat Producer", url: "https://marquee.example/producers/pat-producer" }],
    });
    expect(data).toMatchObject({
      "@type": "Movie",
      name: "Night Train",
      image: "https://marquee.example/media/1",
      datePublished: "2026-11-01",
      duration: "PT1H41M",
      genre: ["Thriller"],
      contentRating: "12A",
      actor: [{ "@type": "Person", name: "Ann Actor" }],
      producer: [{ "@type": "Person", name: "Pat Producer" }],
    });
  });
});

describe("screeningEventJsonLd", () => {
  const base = {
    url: "https://marquee.example/showtimes/1",
    movieTitle: "Night Train",
    movieUrl: "https://marquee.example/movies/night-train",
    startsAt: new Date("2026-12-01T19:30:00Z"),
    runtimeMinutes: 90,
    timeZone: "Europe/London",
    place,
    priceMinor: 1249,
    currency: "GBP",
    videoFormat: "IMAX",
    inLanguage: "fr",
    subtitleLanguage: "en",
  };

  it("describes the showing, its theatre and its offer", () => {
    expect(screeningEventJsonLd({ ...base, soldOut: false })).toMatchObject({
      "@type": "ScreeningEvent",
      startDate: "2026-12-01T19:30:00+00:00",
      location: { "@type": "MovieTheater", address: { "@type": "PostalAddress", addressLocality: "London" } },
      offers: { price: "12.49", priceCurrency: "GBP", availability: "https://schema.org/InStock" },
      videoFormat: "IMAX",
      inLanguage: "fr",
      subtitleLanguage: "en",
    });
  });

  it("marks a sold-out showing and leaves out missing subtitles", () => {
    const data = screeningEventJsonLd({ ...base, soldOut: true, subtitleLanguage: null });
    expect(data.offers).toMatchObject({ availability: "https://schema.org/SoldOut" });
    expect(data).not.toHaveProperty("subtitleLanguage");
  });
});

describe("personJsonLd and breadcrumbJsonLd", () => {
  it("builds a person and numbered crumbs", () => {
    expect(personJsonLd({ name: "Ann", url: "u", description: "", birthDate: "1980-01-02" })).toEqual({
      "@context": "https://schema.org",
      "@type": "Person",
      name: "Ann",
      url: "u",
      birthDate: "1980-01-02",
    });
    const crumbs = breadcrumbJsonLd([
      { name: "Home", url: "https://m/" },
      { name: "Movies", url: "https://m/movies" },
    ]);
    expect(crumbs.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://m/" },
      { "@type": "ListItem", position: 2, name: "Movies", item: "https://m/movies" },
    ]);
  });
});
