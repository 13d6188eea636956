import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Post, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/roles.decorator.js';
import { XLSX_MEDIA_TYPE, xlsxDownload } from '../../exports/xlsx-workbook.js';
import { chineseFieldMessage, languageOf } from '../../http/messages.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { intakeTemplate } from './intake-template.js';
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
  async registerBatch(
    @Body() body: RegisterBatchRequest,
    @CurrentRequest() context: RequestContext,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<RegisterBatchResponse> {
    const answered = await this.batch.register(body.items, context);
    // A rejected item's reasons are in the caller's language, as a problem's would be.
    const results = languageOf(acceptLanguage) === 'zh'
      ? answered.map((result) => (result.errors ? { ...result, errors: result.errors.map((error) => ({ ...error, message: chineseFieldMessage({ ...error, code: error.code ?? 'rule' }) })) } : result))
      : answered;
    const registered = results.filter((result) => result.status === HttpStatus.CREATED).length;
    return { registered, rejected: results.length - registered, results };
  }

  @Get('batch/template')
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'The batch intake template (批量登记模板): an Excel workbook with the registration fields as Chinese headers, and how to fill each' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ description: 'The template', content: { [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  async template(): Promise<StreamableFile> {
    return xlsxDownload(await intakeTemplate(), 'batch-intake-template', '信访事项批量登记模板');
  }
}
