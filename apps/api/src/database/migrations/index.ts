import { IdempotencyKeys1764460800000 } from './1764460800000-idempotency-keys.js';
import { ProjectionCheckpoints1764460900000 } from './1764460900000-projection-checkpoints.js';
import { PersonalDataKeys1764461000000 } from './1764461000000-personal-data-keys.js';
import { CalendarOverrides1764461100000 } from './1764461100000-calendar-overrides.js';
import { AuditAccessLog1764461200000 } from './1764461200000-audit-access-log.js';
import { CaseReadModels1764461300000 } from './1764461300000-case-read-models.js';
import { PetitionerAccess1764470000000 } from './1764470000000-petitioner-access.js';
import { SimilarCaseGrams1764470100000 } from './1764470100000-similar-case-grams.js';
import { ClockDeadlineOrder1764470200000 } from './1764470200000-clock-deadline-order.js';
import { BacklogChanges1764480000000 } from './1764480000000-backlog-changes.js';
import { ClocksMayBeOverdue1764490000000 } from './1764490000000-clocks-may-be-overdue.js';
import { BacklogLevels1764500000000 } from './1764500000000-backlog-levels.js';
import { EarlierCasesFunction1764510000000 } from './1764510000000-earlier-cases-function.js';
import { ClockParams1764520000000 } from './1764520000000-clock-params.js';
import { ProgrammeLedger1764530000000 } from './1764530000000-programme-ledger.js';
import { CaseFileContents1764540000000 } from './1764540000000-case-file-contents.js';
import { UnitRegister1764550000000 } from './1764550000000-unit-register.js';
import { ClaimTypeDimension1764550000001 } from './1764550000001-claim-type-dimension.js';
import { UserDirectoryAndSessions1764570000000 } from './1764570000000-user-directory-and-sessions.js';
import { ReceiptPacing1764580000000 } from './1764580000000-receipt-pacing.js';
import { WriteRateWindows1764590000000 } from './1764590000000-write-rate-windows.js';
import { SupervisionRegister1764600000000 } from './1764600000000-supervision-register.js';
import { CaseSnapshots1764630000000 } from './1764630000000-case-snapshots.js';

/** Every read-side migration, oldest first. */
export const MIGRATIONS = [
  IdempotencyKeys1764460800000, ProjectionCheckpoints1764460900000, PersonalDataKeys1764461000000, CalendarOverrides1764461100000, AuditAccessLog1764461200000, CaseReadModels1764461300000, PetitionerAccess1764470000000,
  SimilarCaseGrams1764470100000,
  ClockDeadlineOrder1764470200000,
  BacklogChanges1764480000000,
  ClocksMayBeOverdue1764490000000,
  BacklogLevels1764500000000,
  EarlierCasesFunction1764510000000,
  ClockParams1764520000000,
  ProgrammeLedger1764530000000,
  CaseFileContents1764540000000,
  UnitRegister1764550000000,
  ClaimTypeDimension1764550000001,
  UserDirectoryAndSessions1764570000000,
  ReceiptPacing1764580000000,
  WriteRateWindows1764590000000,
  SupervisionRegister1764600000000,
  CaseSnapshots1764630000000,
];
