/** Each petition is one stream of the event store, named by its id. */
export const PETITION_STREAM_PREFIX = 'petition-';

export function petitionStreamId(petitionId: string): string {
  return `${PETITION_STREAM_PREFIX}${petitionId}`;
}

/** The petition id of a petition stream. */
export function petitionIdOf(streamId: string): string {
  return streamId.slice(PETITION_STREAM_PREFIX.length);
}
