import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/roles.decorator.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { BatchItemResult, RegisterBatchService } from './register-batch.service.js';
import { RegisterBatchRequest } from './register-batch.request.js';

export class RegisterBatchResponse {
  @ApiProperty() registered!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: [BatchItemResult] }) results!: BatchItemResult[];
}

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RegisterBatchController {
  constructor(private readonly batch: RegisterBatchService) {}

  @Post('batch')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Register many petitions (批量登记); each item is accepted or rejected on its own' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Covers the whole batch; each item gets its own derived key' })
  @ApiOkResponse({ type: RegisterBatchResponse })
  async registerBatch(@Body() body: RegisterBatchRequest, @CurrentRequest() context: RequestContext): Promise<RegisterBatchResponse> {
    const results = await this.batch.register(body.items, context);
    const registered = results.filter((result) => result.status === HttpStatus.CREATED).length;
    return { registered, rejected: results.length - registered, results };
  }
}
