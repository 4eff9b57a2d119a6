import { describe, expect, it } from "vitest";
import {
  breadcrumbJsonLd,
  isoDuration,
  isoWithOffset,
  movieJsonLd,
  personJsonLd,
  screeningsGraphJsonLd,
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

describe("screeningsGraphJsonLd", () => {
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
    soldOut: false,
    videoFormat: "IMAX",
    inLanguage: "fr",
    subtitleLanguage: "en",
  };
  const nodesOf = (graph: Record<string, unknown>) => graph["@graph"] as Record<string, unknown>[];

  it("describes each showing and its offer, pointing at its theatre and movie", () => {
    const [event] = nodesOf(screeningsGraphJsonLd([base])).filter((node) => node["@type"] === "ScreeningEvent");
    expect(event).toMatchObject({
      startDate: "2026-12-01T19:30:00+00:00",
      endDate: "2026-12-01T21:00:00+00:00",
      location: { "@id": place.url },
      workPresented: { "@id": base.movieUrl },
      offers: { price: "12.49", priceCurrency: "GBP", availability: "https://schema.org/InStock" },
      videoFormat: "IMAX",
      inLanguage: "fr",
      subtitleLanguage: "en",
    });
  });

  it("names each theatre and movie once, however many showings point at them", () => {
    const graph = screeningsGraphJsonLd([base, { ...base, url: "https://marquee.example/showtimes/2" }]);
    expect(graph["@context"]).toBe("https://schema.org");
    const nodes = nodesOf(graph);
    expect(nodes.filter((node) => node["@type"] === "MovieTheater")).toEqual([
      expect.objectContaining({ "@id": place.url, address: expect.objectContaining({ addressLocality: "London" }) }),
    ]);
    expect(nodes.filter((node) => node["@type"] === "Movie")).toEqual([
      { "@type": "Movie", "@id": base.movieUrl, name: "Night Train", url: base.movieUrl },
    ]);
    expect(nodes.filter((node) => node["@type"] === "ScreeningEvent")).toHaveLength(2);
  });

  it("marks a sold-out showing and leaves out missing subtitles", () => {
    const [, , event] = nodesOf(screeningsGraphJsonLd([{ ...base, soldOut: true, subtitleLanguage: null }]));
    expect(event.offers).toMatchObject({ availability: "https://schema.org/SoldOut" });
    expect(event).not.toHaveProperty("subtitleLanguage");
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
