import type { showtimes } from "@/db/schema";

/** The columns that describe how a showing is presented (language, subtitles, access). */
export type ShowtimeFeatureFields = Pick<
  typeof showtimes.$inferSelect,
  "spokenLanguage" | "subtitleLanguage" | "audioDescription" | "openCaptions" | "closedCaptions" | "sensoryFriendly"
>;

export type ShowtimeFeature = { key: string; short: string; label: string };

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

export function languageName(code: string) {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * What makes a showing different from another of the same film, as short badges with a full label
 * for screen readers. `originalLanguage` hides the language badge when the film is in its own language.
 */
export function showtimeFeatures(showtime: ShowtimeFeatureFields, originalLanguage?: string): ShowtimeFeature[] {
  const features: ShowtimeFeature[] = [];
  if (showtime.spokenLanguage !== originalLanguage) {
    features.push({ key: "lang", short: showtime.spokenLanguage.toUpperCase(), label: `In ${languageName(showtime.spokenLanguage)}` });
  }
  if (showtime.subtitleLanguage) {
    features.push({
      key: "subs",
      short: `${showtime.subtitleLanguage.toUpperCase()} subs`,
      label: `${languageName(showtime.subtitleLanguage)} subtitles`,
    });
  }
  if (showtime.audioDescription) features.push({ key: "ad", short: "AD", label: "Audio description" });
  if (showtime.openCaptions) features.push({ key: "oc", short: "OC", label: "Open captions" });
  if (showtime.closedCaptions) features.push({ key: "cc", short: "CC", label: "Closed captions" });
  if (showtime.sensoryFriendly) features.push({ key: "relaxed", short: "Relaxed", label: "Relaxed, sensory-friendly screening" });
  return features;
}
