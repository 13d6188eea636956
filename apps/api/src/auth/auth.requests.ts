import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@xinfang/petition';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../directory/password-hashing.js';

export class SignInRequest {
  @ApiProperty({ example: 'lisi', maxLength: 64 })
  @IsString() @MaxLength(64)
  login!: string;

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString() @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordRequest {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString() @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class SignInOptionsView {
  @ApiProperty({ description: 'Users sign in with the built-in directory’s login names and passwords' }) password!: boolean;
  @ApiProperty({ description: 'Users sign in through the OpenID Connect provider at /auth/oidc/login' }) oidc!: boolean;
}

export class PanelIdentityView {
  @ApiProperty() displayName!: string;
  @ApiProperty() mayChair!: boolean;
}

export class SessionView {
  @ApiProperty({ description: 'The user id: the actor id in events, and the memberId on a hearing panel' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiPropertyOptional({ description: 'The unit code of a unit user' }) unit?: string;
  @ApiPropertyOptional({ description: 'Directory users' }) login?: string;
  @ApiPropertyOptional({ type: PanelIdentityView }) panel?: PanelIdentityView;
  @ApiProperty({ enum: ['password', 'oidc', 'bearer'] }) method!: string;
  @ApiProperty({ description: 'Signed in with a one-time password: only POST /auth/password is open until it is changed' }) mustChangePassword!: boolean;
  @ApiPropertyOptional({ description: 'Send it as X-CSRF-Token with every write made with the session cookie' }) csrfToken?: string;
}
