/**
 * Limits shared by the decider and the API's request DTOs. Text lengths count characters
 * (Unicode code points), as class-validator's `MaxLength` does, so a 200-character Chinese
 * subject fits whether or not it contains characters outside the BMP.
 */

/** A group petition names at most five representatives (信访工作条例 Art. 20 ¶3). */
export const MAX_REPRESENTATIVES = 5;

/** Petition ids are chosen by the API (UUIDs); the limit only keeps stream names sane. */
export const PETITION_ID_MAX_LENGTH = 100;
export const SUBJECT_MAX_LENGTH = 200;
export const CONTENT_MAX_LENGTH = 20_000;
export const DEMANDS_MAX_LENGTH = 5_000;
export const NAME_MAX_LENGTH = 100;
/** For every unit or organ: responsible, handling, receiving, or the organ a case is diverted to. */
export const UNIT_MAX_LENGTH = 200;
/** A registered unit's code (the `unit` claim of its users' tokens): letters, digits, `.`, `_`, `-`. */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;
export const REASON_MAX_LENGTH = 2_000;
export const NOTE_MAX_LENGTH = 2_000;
export const ADDRESS_MAX_LENGTH = 300;
/** Ids the API or the identity provider chooses: hearing ids, panel members' user ids (JWT `sub`), handler ids. */
export const ID_MAX_LENGTH = 100;
/** Earlier cases of the same person and matter linked at intake (Art. 36 ¶3). */
export const MAX_LINKED_CASES = 50;
export const NEW_FACTS_MAX_LENGTH = 10_000;
export const VENUE_MAX_LENGTH = 200;
/** Chair, at least one judge, one lawyer or mediator, and any deputies: a panel larger than this is a typo. */
export const MAX_PANEL_MEMBERS = 15;
export const MAX_ATTENDEES = 50;
/** A panel member's reasoning, a hearing's resolution plan, a mediation session's summary. */
export const REASONING_MAX_LENGTH = 5_000;
/** Findings, agreement terms, the facts and reasons of an opinion: the body of a document (文书). */
export const DOCUMENT_TEXT_MAX_LENGTH = 20_000;
export const LEGAL_BASIS_MAX_LENGTH = 5_000;
export const OBLIGATION_MAX_LENGTH = 1_000;
export const MAX_OBLIGATIONS = 50;
/** Attachments one step cites (a completion report's, a plan task's evidence). */
export const MAX_ATTACHMENTS_PER_STEP = 50;
/** A hearing's plan as tasks. */
export const MAX_PLAN_TASKS = 50;
/** How long a programme case stands resolved before it may be signed off (销号), unless configured otherwise. */
export const DEFAULT_SIGN_OFF_WAITING_DAYS = 90;

/** Handling is extended once, by at most 30 days (条例 Art. 34; the clock catalogue counts it). */
export const MAX_EXTENSION_DAYS = 30;

/**
 * The earliest business date the service accepts: 1949-10-01, the founding of the People's
 * Republic. Long-standing matters (历史遗留问题) reach back decades — bureaus keep paper files from
 * the land reform and the campaigns of the 1950s, and rehabilitation claims name those years — and
 * the national petition system itself dates from the Government Administration Council's decision
 * of June 1951, so no record a bureau holds can be older. The working-day calendar's years start
 * there too. A year like 1900 is a typo, not a case.
 */
export const EARLIEST_BUSINESS_DATE = '1949-10-01';

/**
 * How far ahead a date the bureau sets may lie — a hearing date, a due or report-by date, a
 * resolve-by or target date, a programme's period: five years from today (Asia/Shanghai). Plans,
 * agreements and programmes run months or a few years; 9999 is a typo.
 */
export const FUTURE_HORIZON_YEARS = 5;
