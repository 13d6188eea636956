export const PETITION_STREAM_PREFIX = 'petition-';

export function petitionStreamId(petitionId: string): string {
  return `${PETITION_STREAM_PREFIX}${petitionId}`;
}
