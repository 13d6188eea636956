import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@xinfang/petition';
import type { AlteredContent, ContentVerification } from '../case-file/content-verification.js';
import { PetitionView } from '../petitions/get-petition/petition.view.js';
import type { AccessKind, AccessRecord } from './access-log.service.js';
import type { HistoryEntry } from './case-history.service.js';

/* The OpenAPI shapes of what the audit routes answer; each implements the type its service returns. */

const ACCESS_KINDS: readonly AccessKind[] = ['history', 'state', 'verify', 'document', 'attachment', 'issued-document', 'case-file'];

export class ActorView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiPropertyOptional({ description: 'A unit user’s unit' }) unit?: string;
}

export class HistoryEntryView implements HistoryEntry {
  @ApiProperty({ description: '1 for the first event' }) version!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'PetitionAccepted' }) type!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s data: decoded (today’s shape, personal fields opened unless erased) or as stored (sealed)' })
  data!: unknown;
  @ApiProperty({ type: ActorView }) actor!: ActorView;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded (the writer’s clock)' }) recordedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the store committed it' }) storedAt!: string;
  @ApiProperty({ description: 'Log position' }) position!: string;
  @ApiProperty({ description: 'SHA-256 over the previous hash and this event' }) hash!: string;
  @ApiProperty() schemaVersion!: number;
}

export class HistoryPageView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ description: 'Events in the case' }) total!: number;
  @ApiProperty({ type: [HistoryEntryView] }) events!: HistoryEntryView[];
  @ApiProperty({ type: String, nullable: true, example: 'v100' }) nextCursor!: string | null;
}

export class PastStateView extends PetitionView {
  @ApiProperty({ format: 'date-time', description: 'The instant asked for, or when the version asked for was stored' }) asOf!: string;
}

export class AlteredContentView implements Omit<AlteredContent, 'streamId'> {
  @ApiProperty({ description: 'The event’s version in its stream' }) version!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) attachmentId?: string;
  @ApiPropertyOptional({ description: 'An issued document’s number' }) number?: string;
  @ApiProperty() kind!: string;
  @ApiProperty() recordedSha256!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null when the bytes are missing or no longer open under their key' }) actualSha256!: string | null;
  @ApiProperty({ enum: ['altered', 'missing'] }) state!: 'altered' | 'missing';
}

export class ContentVerificationView implements Omit<ContentVerification, 'altered'> {
  @ApiProperty() checked!: number;
  @ApiProperty({ description: 'Sealed under erased keys: shredded on purpose, nothing left to check' }) erased!: number;
  @ApiProperty({ type: [AlteredContentView] }) altered!: AlteredContentView[];
}

export class HashMismatchView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() version!: number;
  @ApiProperty() storedHash!: string;
  @ApiProperty() computedHash!: string;
}

export class VerificationView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ description: 'The hash chain matches and every file hashes to what its event records' }) intact!: boolean;
  @ApiProperty() eventsChecked!: number;
  @ApiPropertyOptional({ type: HashMismatchView, description: 'The first event whose hash does not match' }) firstMismatch?: HashMismatchView;
  @ApiProperty({ type: ContentVerificationView }) contents!: ContentVerificationView;
}

export class AccessRecordView implements AccessRecord {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) accessedAt!: string;
  @ApiProperty({ type: ActorView }) actor!: ActorView;
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ enum: ACCESS_KINDS }) what!: AccessKind;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'What was read: the form, the version or instant, the document' }) detail!: Record<string, unknown>;
}

export class AccessLogPageView {
  @ApiProperty({ type: [AccessRecordView] }) records!: AccessRecordView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' }) nextCursor!: string | null;
}

export class ErasureView {
  @ApiProperty({ format: 'uuid' }) petitionId!: string;
  @ApiProperty({ description: 'The petitioners whose personal data the case holds' }) subjects!: number;
  @ApiProperty({ description: 'Those erased by this request (0 when all were erased before)' }) newlyErased!: number;
  @ApiProperty() version!: number;
  @ApiProperty() position!: string;
}
