import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { ProjectorService } from '../projections/projector.service.js';
import { FindSimilarCases } from './find-similar-cases.handler.js';
import { SimilarCasesView } from './similar-case.view.js';
import { SimilarCasesQuery } from './similar-cases.request.js';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('petitions')
export class SimilarCasesController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly projector: ProjectorService,
  ) {}

  @Get(':id/similar')
  @Roles('clerk', 'admin')
  @ApiOperation({
    summary: '类案推送: earlier cases like this one, most similar first, with how each ended',
    description: 'score = 0.6 × text similarity (mean Jaccard index of the character bigrams of subject, and of content with demands) '
      + '+ 0.25 if the same category + 0.15 if a unit in common; only cases with text similarity ≥ 0.1 and score ≥ minScore.',
  })
  @ApiOkResponse({ type: SimilarCasesView })
  @ApiForbiddenResponse({ description: 'Only clerks and administrators' })
  @ApiNotFoundResponse({ description: 'No such petition (in the read models)' })
  async similar(@Param('id', new ParseUUIDPipe()) petitionId: string, @Query() query: SimilarCasesQuery): Promise<SimilarCasesView> {
    await this.projector.waitFor(query.minPosition);
    return this.queryBus.execute(new FindSimilarCases(petitionId, query.limit, query.minScore));
  }
}
