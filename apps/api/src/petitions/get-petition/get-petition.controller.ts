import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { GetPetitionQuery } from './get-petition.query.js';
import { PetitionView } from './petition.view.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class GetPetitionController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @Roles('clerk', 'admin', 'auditor', 'panel', 'unit', 'leader')
  @ApiOperation({ summary: 'The case as it stands now, with its version in ETag; a panel member reads only the cases whose hearing they sit on, a unit and a leader only their own (404 otherwise)' })
  @ApiOkResponse({ type: PetitionView })
  @ApiForbiddenResponse({ description: 'The role may not read cases, or a panel member does not sit on a hearing of this one' })
  @ApiNotFoundResponse({ description: 'No such petition' })
  async get(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PetitionView> {
    const view = await this.queryBus.execute(new GetPetitionQuery(petitionId, context.actor));
    response.setHeader('ETag', `"${view.version}"`);
    return view;
  }
}
