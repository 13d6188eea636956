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
export const REASON_MAX_LENGTH = 2_000;
export const NOTE_MAX_LENGTH = 2_000;
export const ADDRESS_MAX_LENGTH = 300;
