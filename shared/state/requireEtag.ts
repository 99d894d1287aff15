/** The service always returns an ETag on writes; its absence would make the next conditional write unsafe. */
export function requireEtag(etag: string | undefined): string {
  if (!etag) throw new Error('Table Storage returned no ETag for a write');
  return etag;
}
