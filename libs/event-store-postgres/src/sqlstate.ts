/** The SQLSTATEs the event_store schema raises; class XF is not used by PostgreSQL itself. */
export const SQLSTATE = {
  wrongExpectedVersion: 'XF001',
  duplicateEventId: 'XF002',
  appendOnly: 'XF003',
  uniqueViolation: '23505',
} as const;

export const EVENT_ID_UNIQUE_CONSTRAINT = 'events_event_id_unique';
