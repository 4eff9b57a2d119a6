/** Public URL of a stored image; the id is content-addressed enough to be cached forever. */
export function mediaUrl(uploadId: string) {
  return `/media/${uploadId}`;
}
