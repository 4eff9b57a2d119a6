import "server-only";
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { cacheTags } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { getCinemaBySlug, listCinemas, listCities } from "@/lib/venues/queries";
import {
  getActorBySlug,
  getCategoryBySlug,
  getMovieBySlug,
  getProducerBySlug,
  listComingSoonMovies,
  listMovieFilterOptions,
  listNowShowingMovies,
} from "./queries";

/**
 * The catalogue reads pages use, kept in Next's data cache under the tags of lib/cache-tags.ts;
 * admin writes call `updateTag`/`revalidateTag` on those tags. The hour limit is only a backstop.
 * Showtimes and availability are NOT here: they are read fresh on every request.
 *
 * Next's data cache lives on disk beside the build and outlives the process, so the key names the
 * database it was read from: a server pointed at another database never sees the old one's rows.
 */
const databaseKey = createHash("sha256")
  .update(env.DATABASE_URL ?? `pglite:${env.PGLITE_DATA_DIR}`)
  .digest("hex")
  .slice(0, 12);

const HOUR = 3600;

export const getCachedNowShowing = unstable_cache(listNowShowingMovies, ["now-showing", databaseKey], {
  tags: [cacheTags.catalog],
  revalidate: HOUR,
});

export const getCachedComingSoon = unstable_cache(listComingSoonMovies, ["coming-soon", databaseKey], {
  tags: [cacheTags.catalog],
  revalidate: HOUR,
});

export const getCachedFilterOptions = unstable_cache(listMovieFilterOptions, ["movie-filter-options", databaseKey], {
  tags: [cacheTags.catalog, cacheTags.cinemas],
  revalidate: HOUR,
});

// React's cache shares one read between generateMetadata and the page.
export const getCachedMovie = cache((slug: string) =>
  unstable_cache(getMovieBySlug, ["movie", databaseKey], {
      tags: [cacheTags.catalog, cacheTags.movie(slug)],
      revalidate: HOUR,
    })(slug),
);

// React's cache shares one read between generateMetadata and the page.
export const getCachedActor = cache((slug: string) =>
  unstable_cache(getActorBySlug, ["actor", databaseKey], {
      tags: [cacheTags.catalog, cacheTags.actor(slug)],
      revalidate: HOUR,
    })(slug),
);

// React's cache shares one read between generateMetadata and the page.
export const getCachedProducer = cache((slug: string) =>
  unstable_cache(getProducerBySlug, ["producer", databaseKey], {
      tags: [cacheTags.catalog, cacheTags.producer(slug)],
      revalidate: HOUR,
    })(slug),
);

// React's cache shares one read between generateMetadata and the page.
export const getCachedCategory = cache((slug: string) =>
  unstable_cache(getCategoryBySlug, ["category", databaseKey], {
      tags: [cacheTags.catalog, cacheTags.category(slug)],
      revalidate: HOUR,
    })(slug),
);

export const getCachedCinemas = unstable_cache(listCinemas, ["cinemas", databaseKey], {
  tags: [cacheTags.cinemas],
  revalidate: HOUR,
});

export const getCachedCities = unstable_cache(listCities, ["cities", databaseKey], {
  tags: [cacheTags.cinemas],
  revalidate: HOUR,
});

// React's cache shares one read between generateMetadata and the page.
export const getCachedCinema = cache((slug: string) =>
  unstable_cache(getCinemaBySlug, ["cinema", databaseKey], {
      tags: [cacheTags.cinemas, cacheTags.cinema(slug)],
      revalidate: HOUR,
    })(slug),
);
