import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CommandResponse, commandResponse, receiptNumberOf } from '../command-path/command-response.js';
import { requestIds } from '../../http/deterministic-ids.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { RegisterPetitionCommand } from './register-petition.command.js';
import { RegisterPetitionRequest } from './register-petition.request.js';

export class RegisteredPetitionResponse extends CommandResponse {
  @ApiProperty({ description: 'The number on the petitioner’s receipt', example: 'XF20261129-7K3M9Q2P' })
  receiptNumber!: string;

  @ApiProperty({
    description: 'The 8-digit query code (查询码) for the receipt: with the receipt number it opens GET /public/petitions/{receiptNumber}. '
      + 'Derived from the petition, never stored; a replay of this request shows the same code.',
    example: '04817263',
  })
  accessCode!: string;
}

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RegisterPetitionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Register one petition (登记)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry-safe: the same key and body give the first answer again' })
  @ApiCreatedResponse({ type: RegisteredPetitionResponse })
  // The access code joins the answer as it is written (ReceiptAccessCodeMiddleware), after the idempotency record keeps it.
  async register(
    @Body() body: RegisterPetitionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Omit<RegisteredPetitionResponse, 'accessCode'>> {
    const petitionId = requestIds(context.actor.id, context.idempotencyKey).petitionId();
    const outcome = await this.commandBus.execute(new RegisterPetitionCommand(petitionId, body, context));
    response.setHeader('Location', `/petitions/${petitionId}`);
    return { ...commandResponse(outcome, response), receiptNumber: receiptNumberOf(outcome.state) };
  }
}
