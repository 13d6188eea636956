import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { XLSX_MEDIA_TYPE } from './xlsx-workbook.js';

export const EXPORT_FORMATS = ['json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The `format` query parameter of a route that can answer an Excel workbook. */
export function ExportFormatParameter(what: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'json', description: `xlsx: ${what} as an Excel workbook (${XLSX_MEDIA_TYPE}) with Chinese headers` }),
    IsOptional(),
    IsIn(EXPORT_FORMATS),
  );
}

/** The 200 answer of such a route: JSON, or the workbook when `format=xlsx`. */
export function ApiJsonOrWorkbookResponse(description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces('application/json', XLSX_MEDIA_TYPE),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: { type: 'object' } },
        [XLSX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } },
      },
    }),
  );
}
