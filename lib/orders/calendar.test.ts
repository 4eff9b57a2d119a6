import { describe, expect, it } from "vitest";
import { calendarFileName, showtimeCalendarFile } from "./calendar";
import type { OrderShowtime, OrderTicket } from "./order-details";

function showtime(overrides: Partial<OrderShowtime> = {}): OrderShowtime {
  const base = {
    showtimeId: "5b7c1c1e-0000-4000-8000-000000000001",
    // 19:30 in London on 1 December (GMT, UTC+0) and 19:30 in New York (EST, UTC−5).
    startsAt: new Date("2026-12-01T19:30:00Z"),
    endsAt: new Date("2026-12-01T21:40:00Z"),
    showtimeStatus: "scheduled" as const,
    spokenLanguage: "en",
    subtitleLanguage: null,
    audioDescription: false,
    openCaptions: false,
    closedCaptions: false,
    sensoryFriendly: false,
    formatName: "IMAX",
    movieTitle: "The Long Night, Part 2",
    movieSlug: "the-long-night-part-2",
    movieLanguage: "en",
    certificate: "12A",
    screenName: "Screen 3",
    cinemaName: "Marquee Riverside",
    cinemaAddress: "12 Bankside",
    cinemaCity: "London",
    cinemaPostcode: "SE1 9TG",
    timeZone: "Europe/London",
  };
  const ticket = { id: "t1", status: "valid", rowLabel: "F", seatNumber: 7, ticketTypeName: "Adult" } as OrderTicket;
  return { ...base, tickets: [ticket], ...overrides };
}

/** Unfolds RFC 5545 folded lines and reads one property's value. */
function property(ics: string, name: string) {
  const unfolded = ics.replace(/\r?\n[ \t]/g, "");
  const line = unfolded.split(/\r?\n/).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(":") + 1);
}

describe("showtime calendar file", () => {
  it("starts and ends at the showtime's exact instant, in UTC", () => {
    const ics = showtimeCalendarFile("MQ-7K3F9Q", showtime(), "https://marquee.example");
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(property(ics, "DTSTART")).toBe("20261201T193000Z");
    expect(property(ics, "DTEND")).toBe("20261201T214000Z");
  });

  it("carries the start in the cinema's own zone for a cinema outside UTC", () => {
    const startsAt = new Date("2026-12-02T00:30:00Z");
    const ics = showtimeCalendarFile(
      "MQ-7K3F9Q",
      showtime({ startsAt, endsAt: new Date("2026-12-02T02:40:00Z"), timeZone: "America/New_York" }),
      "https://marquee.example",
    );
    // 00:30 UTC on 2 December is 19:30 on 1 December in New York.
    expect(property(ics, "DTSTART")).toBe("20261202T003000Z");
    const description = property(ics, "DESCRIPTION") ?? "";
    expect(description).toContain("Tuesday\\, 1 December 2026 at 19:30 (America/New_York)");
  });

  it("names the cinema's address, the seats and the order", () => {
    const ics = showtimeCalendarFile("MQ-7K3F9Q", showtime(), "https://marquee.example");
    expect(property(ics, "LOCATION")).toBe("Marquee Riverside\\, 12 Bankside\\, London\\, SE1 9TG");
    expect(property(ics, "SUMMARY")).toBe("The Long Night\\, Part 2 at Marquee Riverside");
    expect(property(ics, "DESCRIPTION")).toContain("Row F\\, seat 7 (Adult)");
    expect(property(ics, "URL")).toBe("https://marquee.example/account/orders/MQ-7K3F9Q");
  });

  it("gets a readable file name", () => {
    expect(calendarFileName("MQ-7K3F9Q", showtime())).toBe("MQ-7K3F9Q-the-long-night-part-2-2026-12-01.ics");
  });
});
