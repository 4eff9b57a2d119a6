import type { LayoutSpec } from "./layouts";

/**
 * Demo venues. Phone numbers come from Ofcom's ranges reserved for drama, so none of them rings
 * a real person. Screens are listed as "Screen 1", "Screen 2" … in this order.
 */
export type CinemaData = {
  name: string;
  address: string;
  city: string;
  postcode: string;
  latitude: number;
  longitude: number;
  phone: string;
  /** The format the cinema's biggest screen is fitted for. */
  premiumFormat: "IMAX" | "DOLBY" | "4DX";
  /** Local prices differ: added to the base ticket price, in pence. */
  priceLevel: number;
  screens: LayoutSpec[];
};

const big: LayoutSpec = {
  rows: 12,
  seats: 20,
  aisle: "centre",
  premiumRows: 3,
  wheelchairs: 2,
  accessible: 2,
  taper: 2,
  walkwayAfter: 4,
};

export const cinemaData: CinemaData[] = [
  {
    name: "Marquee Bankside",
    address: "21 Sumner Street",
    city: "London",
    postcode: "SE1 9TG",
    latitude: 51.5066,
    longitude: -0.0963,
    phone: "020 7946 0118",
    premiumFormat: "IMAX",
    priceLevel: 350,
    screens: [
      { ...big, rows: 14, seats: 24, aisle: "sides", premiumRows: 4, sofas: true, accessible: 4, walkwayAfter: 5 },
      { ...big },
      { rows: 10, seats: 16, aisle: "centre", premiumRows: 2, wheelchairs: 2, accessible: 2, taper: 1 },
      { rows: 8, seats: 14, aisle: "none", premiumRows: 2, sofas: true, wheelchairs: 1, accessible: 2 },
      { rows: 7, seats: 12, aisle: "none", premiumRows: 1, wheelchairs: 1 },
      { rows: 6, seats: 11, aisle: "none", premiumRows: 6, sofas: true, wheelchairs: 1 },
    ],
  },
  {
    name: "Marquee Camden",
    address: "112 Parkway",
    city: "London",
    postcode: "NW1 7AN",
    latitude: 51.5373,
    longitude: -0.1449,
    phone: "020 7946 0642",
    premiumFormat: "DOLBY",
    priceLevel: 300,
    screens: [
      { ...big, rows: 11, seats: 22, premiumRows: 4, sofas: true },
      { rows: 9, seats: 16, aisle: "centre", premiumRows: 2, wheelchairs: 2, accessible: 2 },
      { rows: 7, seats: 12, aisle: "none", premiumRows: 1, wheelchairs: 1, accessible: 1 },
      { rows: 6, seats: 11, aisle: "none", premiumRows: 2, sofas: true, wheelchairs: 1 },
    ],
  },
  {
    name: "Marquee Northern Quarter",
    address: "48 Tib Street",
    city: "Manchester",
    postcode: "M4 1LA",
    latitude: 53.4838,
    longitude: -2.2348,
    phone: "0161 496 0275",
    premiumFormat: "4DX",
    priceLevel: 150,
    screens: [
      { rows: 8, seats: 16, aisle: "centre", premiumRows: 0, wheelchairs: 2, accessible: 2 },
      { ...big, rows: 13, walkwayAfter: 5 },
      { rows: 10, seats: 18, aisle: "sides", premiumRows: 2, wheelchairs: 2, accessible: 4, taper: 1 },
      { rows: 7, seats: 14, aisle: "none", premiumRows: 1, wheelchairs: 1, accessible: 2 },
      { rows: 6, seats: 12, aisle: "none", premiumRows: 1, wheelchairs: 1 },
    ],
  },
  {
    name: "Marquee Cowgate",
    address: "17 Cowgate",
    city: "Edinburgh",
    postcode: "EH1 1JH",
    latitude: 55.9486,
    longitude: -3.1883,
    phone: "0131 496 0391",
    premiumFormat: "DOLBY",
    priceLevel: 200,
    screens: [
      { ...big, rows: 11, seats: 18, premiumRows: 2, taper: 1 },
      { rows: 8, seats: 16, aisle: "centre", premiumRows: 2, sofas: true, wheelchairs: 2, accessible: 2 },
      { rows: 6, seats: 12, aisle: "none", premiumRows: 1, wheelchairs: 1, accessible: 2 },
    ],
  },
  {
    name: "Marquee Harbourside",
    address: "5 Canons Road",
    city: "Bristol",
    postcode: "BS1 5UH",
    latitude: 51.4509,
    longitude: -2.5985,
    phone: "0117 496 0857",
    premiumFormat: "IMAX",
    priceLevel: 200,
    screens: [
      { ...big, rows: 13, seats: 22, aisle: "sides", accessible: 4, taper: 1 },
      { rows: 9, seats: 16, aisle: "centre", premiumRows: 2, wheelchairs: 2, accessible: 2, taper: 1 },
      { rows: 8, seats: 14, aisle: "none", premiumRows: 2, sofas: true, wheelchairs: 1 },
      { rows: 6, seats: 12, aisle: "none", premiumRows: 1, wheelchairs: 1, accessible: 1 },
    ],
  },
  {
    name: "Marquee Call Lane",
    address: "30 Call Lane",
    city: "Leeds",
    postcode: "LS1 7BR",
    latitude: 53.7955,
    longitude: -1.5405,
    phone: "0113 496 0524",
    premiumFormat: "DOLBY",
    priceLevel: 100,
    screens: [
      { rows: 10, seats: 16, aisle: "centre", premiumRows: 3, sofas: true, wheelchairs: 2, accessible: 2, taper: 1 },
      { rows: 6, seats: 12, aisle: "none", premiumRows: 1, wheelchairs: 1, accessible: 1 },
    ],
  },
];
