import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { XLSX_MEDIA_TYPE } from './xlsx-workbook.js';

export const EXPORT_FORMATS = ['json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The most rows one export holds. */
export const EXPORT_MAX_ROWS = 10_000;

/** The `format` query parameter of a route that can answer an Excel workbook. */
export function ExportFormatParameter(what: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'json', description: `xlsx: ${what} as an Excel workbook (${XLSX_MEDIA_TYPE}) with Chinese headers` }),
    IsOptional(),
    IsIn(EXPORT_FORMATS),
  );
}

/** The 200 answer of such a route: JSON of `json`'s schema, or the workbook when `format=xlsx`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what Nest's own model decorators take
export function ApiJsonOrWorkbookResponse(description: string, json: Function): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(json),
    ApiProduces('application/json', XLSX_MEDIA_TYPE),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(json) } },
        [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
      },
    }),
  );
}
