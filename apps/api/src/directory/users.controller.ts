import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@xinfang/petition';
import { Roles } from '../auth/roles.decorator.js';
import { CurrentRequest, type RequestContext } from '../http/request-context.js';
import type { ChangeAuthor, UserFields } from './directory-user.js';
import { UserDirectory } from './user-directory.service.js';
import { CreatedUserView, CreateUserRequest, DirectoryChangeView, DirectoryUserView, LeaderView, OneTimePasswordView, PanelMemberView, UserFieldsRequest } from './users.requests.js';

/** The built-in user directory, kept by admins; every change lands in the append-only change log. */
@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly directory: UserDirectory) {}

  @Get('users')
  @Roles('admin')
  @ApiOperation({ summary: 'Every user of the built-in directory' })
  @ApiOkResponse({ type: [DirectoryUserView] })
  list(): Promise<DirectoryUserView[]> {
    return this.directory.list();
  }

  @Get('users/changes')
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'The directory’s change log, newest first: who changed which user how, and when' })
  @ApiQuery({ name: 'userId', required: false })
  @ApiOkResponse({ type: [DirectoryChangeView] })
  changes(@Query('userId', new ParseUUIDPipe({ optional: true })) userId?: string): Promise<DirectoryChangeView[]> {
    return this.directory.changes(userId);
  }

  @Post('users')
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user; answers a one-time password, to be replaced at the first sign-in' })
  @ApiCreatedResponse({ type: CreatedUserView })
  @ApiConflictResponse({ description: 'The login name is taken' })
  create(@Body() body: CreateUserRequest, @CurrentRequest() context: RequestContext): Promise<CreatedUserView> {
    const { login, ...fields } = body;
    return this.directory.create(authorOf(context.actor), login, fieldsOf(fields));
  }

  @Put('users/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'Replace a user’s name, roles, unit and panel identity (they apply to live sessions at once)' })
  @ApiOkResponse({ type: DirectoryUserView })
  @ApiNotFoundResponse({ description: 'No such user' })
  update(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: UserFieldsRequest, @CurrentRequest() context: RequestContext): Promise<DirectoryUserView> {
    return this.directory.update(authorOf(context.actor), id, fieldsOf(body));
  }

  @Post('users/:id/disable')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable a user: their sessions end at once and they can no longer sign in' })
  @ApiOkResponse({ type: DirectoryUserView })
  disable(@Param('id', new ParseUUIDPipe()) id: string, @CurrentRequest() context: RequestContext): Promise<DirectoryUserView> {
    return this.directory.setDisabled(authorOf(context.actor), id, true);
  }

  @Post('users/:id/enable')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled user again' })
  @ApiOkResponse({ type: DirectoryUserView })
  enable(@Param('id', new ParseUUIDPipe()) id: string, @CurrentRequest() context: RequestContext): Promise<DirectoryUserView> {
    return this.directory.setDisabled(authorOf(context.actor), id, false);
  }

  @Post('users/:id/password-reset')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new one-time password for the user; their sessions end and a lock on their name is lifted' })
  @ApiOkResponse({ type: OneTimePasswordView })
  async resetPassword(@Param('id', new ParseUUIDPipe()) id: string, @CurrentRequest() context: RequestContext): Promise<OneTimePasswordView> {
    return { oneTimePassword: await this.directory.resetPassword(authorOf(context.actor), id) };
  }

  @Get('panel-members')
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Who may sit on a hearing’s panel (enabled directory users with the role panel), and who may chair' })
  @ApiOkResponse({ type: [PanelMemberView] })
  panelMembers(): Promise<PanelMemberView[]> {
    return this.directory.panelMembers();
  }

  @Get('leaders')
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Who may own a case (包案): enabled directory users with the role leader' })
  @ApiOkResponse({ type: [LeaderView] })
  leaders(): Promise<LeaderView[]> {
    return this.directory.leaders();
  }
}

function authorOf(actor: Actor): ChangeAuthor {
  return { id: actor.id, name: actor.name };
}

function fieldsOf(request: UserFieldsRequest): UserFields {
  return {
    name: request.name.trim(),
    roles: request.roles,
    ...(request.unit !== undefined ? { unit: request.unit } : {}),
    ...(request.panel ? { panel: { displayName: request.panel.displayName.trim(), mayChair: request.panel.mayChair } } : {}),
  };
}
