import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/roles.decorator.js';
import { PetitionProgressView, PublicRatingView } from './petition-progress.view.js';
import { AccessCodeQuery, PetitionerRatingRequest } from './petitioner-self-service.requests.js';
import { PetitionerSelfService } from './petitioner-self-service.service.js';

const NOT_FOUND = 'No case with this receipt number and code (a wrong code and an unknown receipt answer alike)';
const TOO_MANY = 'Too many wrong codes for this receipt number or from this address; see Retry-After';

/** The petitioner's own window on their case (条例 Art. 21): no token, the receipt's code instead; never cached. */
@ApiTags('public')
@Controller('public/petitions')
export class PetitionerSelfServiceController {
  constructor(private readonly selfService: PetitionerSelfService) {}

  @Get(':receiptNumber')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The stage and the statutory deadlines of one’s own petition (信访事项办理进度查询)' })
  @ApiOkResponse({ type: PetitionProgressView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  progress(@Param('receiptNumber') receiptNumber: string, @Query() query: AccessCodeQuery, @Req() request: Request): Promise<PetitionProgressView> {
    return this.selfService.progress(receiptNumber, query.code, clientAddressOf(request));
  }

  @Post(':receiptNumber/rating')
  @Public()
  @Header('Cache-Control', 'no-store')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Rate the handling once, within 30 days of the closure (满意度评价)' })
  @ApiOkResponse({ type: PublicRatingView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  rate(@Param('receiptNumber') receiptNumber: string, @Query() query: AccessCodeQuery, @Body() body: PetitionerRatingRequest, @Req() request: Request): Promise<PublicRatingView> {
    return this.selfService.rate(receiptNumber, query.code, body.rating, clientAddressOf(request));
  }
}

function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
