import { Body, Controller, Get, NotFoundException, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { formatLogPosition } from '@xinfang/event-store';
import { NAME_MAX_LENGTH, UNIT_CODE_PATTERN, UNIT_LEVELS, type Unit, type UnitLevel } from '@xinfang/petition';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Response } from 'express';
import { Roles } from '../auth/roles.decorator.js';
import { Optional } from '../http/request-fields.js';
import { CurrentRequest, type RequestContext } from '../http/request-context.js';
import { IsNotBlank } from '../http/validators.js';
import { decodeCursor, encodeCursor } from '../read-models/cases/cursor.js';
import { UnitDirectoryService } from './unit-directory.service.js';
import { UnitRegisterService } from './unit-register.service.js';

const UNIT_NAME_MAX_LENGTH = NAME_MAX_LENGTH * 2;

export class UnitCodeParam {
  @ApiProperty({ pattern: UNIT_CODE_PATTERN.source, description: 'The unit’s code in the register' })
  @Matches(UNIT_CODE_PATTERN, { message: 'code must be 1 to 50 letters, digits, dots, dashes or underscores, starting with a letter or digit' })
  code!: string;
}

export class UnitRequest {
  @ApiProperty({ example: '合德镇人民政府', maxLength: UNIT_NAME_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(UNIT_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ enum: UNIT_LEVELS, description: 'county_department 县直部门, township 乡镇' })
  @IsIn(UNIT_LEVELS)
  level!: UnitLevel;

  @ApiPropertyOptional({ description: 'The code of the registered unit above it', example: 'sy-county' })
  @Optional() @Matches(UNIT_CODE_PATTERN, { message: 'parent must be a unit code' })
  parent?: string;
}

export class UnitView {
  @ApiProperty({ example: 'hd-town' }) code!: string;
  @ApiProperty({ example: '合德镇人民政府' }) name!: string;
  @ApiProperty({ enum: UNIT_LEVELS }) level!: string;
  @ApiPropertyOptional() parent?: string;
}

export class DefinedUnitView {
  @ApiProperty({ type: UnitView }) unit!: UnitView;
  @ApiProperty({ description: 'How many definitions the unit has had' }) version!: number;
  @ApiProperty({ description: 'Event-log position of the definition; pass as minPosition to read it back' }) position!: string;
}

export class UnitListQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, description: 'At most this many units, by code; without it, the whole register' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'From the previous page’s nextCursor' })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;
}

export class UnitListView {
  @ApiProperty({ type: [UnitView] }) items!: UnitView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null;
}

/** The unit register (责任单位): read by all staff, kept by administrators. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(
    private readonly register: UnitRegisterService,
    private readonly directory: UnitDirectoryService,
  ) {}

  @Get()
  @Roles('clerk', 'auditor', 'admin', 'panel', 'unit', 'leader')
  @ApiOperation({ summary: 'The unit register, by code; paged with `limit` and `cursor`' })
  @ApiOkResponse({ type: UnitListView })
  async list(@Query() { limit, cursor }: UnitListQuery): Promise<UnitListView> {
    const after = decodeCursor(cursor, 1)?.[0];
    const units = [...(await this.directory.units())].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const rest = after === undefined ? units : units.filter((unit) => unit.code > String(after));
    if (limit === undefined || rest.length <= limit) return { items: rest, nextCursor: null };
    const items = rest.slice(0, limit);
    return { items, nextCursor: encodeCursor([items.at(-1)!.code]) };
  }

  @Get(':code')
  @Roles('clerk', 'auditor', 'admin', 'panel', 'unit', 'leader')
  @ApiOperation({ summary: 'One registered unit' })
  @ApiOkResponse({ type: UnitView })
  @ApiNotFoundResponse({ description: 'No unit of that code is registered' })
  async get(@Param() { code }: UnitCodeParam): Promise<Unit> {
    const unit = (await this.directory.current()).byCode(code);
    if (!unit) throw new NotFoundException(`No unit ${code} is registered`);
    return unit;
  }

  @Put(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'Register a unit, or change its name, level or parent (201 when registered, 200 when changed or unchanged)' })
  @ApiCreatedResponse({ type: DefinedUnitView })
  @ApiOkResponse({ type: DefinedUnitView })
  @ApiBadRequestResponse({ description: 'Malformed code or body' })
  @ApiUnprocessableEntityResponse({ description: 'The parent is not registered, or is the unit itself or below it; the name is another registered unit’s' })
  async define(@Param() { code }: UnitCodeParam, @Body() body: UnitRequest, @CurrentRequest() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<DefinedUnitView> {
    const defined = await this.register.define({ code, name: body.name, level: body.level, ...(body.parent !== undefined && { parent: body.parent }) }, context);
    response.status(defined.created ? 201 : 200);
    return { unit: defined.unit, version: defined.version, position: formatLogPosition(defined.position) };
  }
}
