import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Role, ROLES } from '@xinfang/petition';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../http/validators.js';

export class PanelIdentityRequest {
  @ApiProperty({ example: '张法官（县人民法院）', maxLength: 100, description: 'How the member is named on a hearing’s panel' })
  @IsString() @IsNotBlank() @MaxLength(100)
  displayName!: string;

  @ApiProperty({ description: 'May chair a hearing (petition bureau / political-legal committee)' })
  @IsBoolean()
  mayChair!: boolean;
}

/** Everything an admin sets on a user; sent whole, as PUT replaces it. */
export class UserFieldsRequest {
  @ApiProperty({ example: '李科员', maxLength: 100 })
  @IsString() @IsNotBlank() @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true, minItems: 1 })
  @IsArray() @ArrayMinSize(1) @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiPropertyOptional({ description: 'The unit code, for (and only for) a user with the role unit', example: 'town-01' })
  @IsOptional() @IsString() @MaxLength(50)
  unit?: string;

  @ApiPropertyOptional({ type: PanelIdentityRequest, description: 'For (and only for) a user with the role panel' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => PanelIdentityRequest)
  panel?: PanelIdentityRequest;
}

export class CreateUserRequest extends UserFieldsRequest {
  @ApiProperty({ example: 'lisi', description: 'Letters, digits, dot, dash, underscore; 2 to 64; compared in lower case; fixed once created' })
  @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/, { message: 'login must be 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit' })
  login!: string;
}

export class DirectoryUserView {
  @ApiProperty({ format: 'uuid', description: 'The user id: actor id in events, memberId on a panel' }) id!: string;
  @ApiProperty() login!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiPropertyOptional() unit?: string;
  @ApiPropertyOptional({ type: PanelIdentityRequest }) panel?: PanelIdentityRequest;
  @ApiProperty({ description: 'Still on a one-time password' }) mustChangePassword!: boolean;
  @ApiProperty() disabled!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class OneTimePasswordView {
  @ApiProperty({ description: 'Shown this once: hand it to the user, who must replace it at the first sign-in' }) oneTimePassword!: string;
}

export class CreatedUserView extends OneTimePasswordView {
  @ApiProperty({ type: DirectoryUserView }) user!: DirectoryUserView;
}

export class DirectoryChangeView {
  @ApiProperty() id!: string;
  @ApiProperty() changedAt!: string;
  @ApiProperty({ example: { id: 'u-1', name: '王管理员' } }) actor!: { id: string; name: string };
  @ApiProperty() userId!: string;
  @ApiProperty() login!: string;
  @ApiProperty({ enum: ['created', 'updated', 'disabled', 'enabled', 'password_reset', 'password_changed'] }) change!: string;
  @ApiProperty({ description: 'What changed (never a password)' }) detail!: Record<string, unknown>;
}

export class LeaderView {
  @ApiProperty({ description: 'The leaderId to name as a case’s owning leader (包案)' }) id!: string;
  @ApiProperty() name!: string;
}

export class PanelMemberView {
  @ApiProperty({ description: 'The memberId to put on a hearing’s panel' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() mayChair!: boolean;
}
