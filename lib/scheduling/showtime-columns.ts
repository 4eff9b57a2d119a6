import "server-only";
import { showtimes } from "@/db/schema";

/** The columns `showtimeFeatures` and `ShowtimeBadges` read, for any query that shows a showing's badges. */
export const showtimeFeatureColumns = {
  spokenLanguage: showtimes.spokenLanguage,
  subtitleLanguage: showtimes.subtitleLanguage,
  audioDescription: showtimes.audioDescription,
  openCaptions: showtimes.openCaptions,
  closedCaptions: showtimes.closedCaptions,
  sensoryFriendly: showtimes.sensoryFriendly,
};
