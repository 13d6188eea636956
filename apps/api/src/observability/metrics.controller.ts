import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Registry } from 'prom-client';
import { Roles } from '../auth/roles.decorator.js';
import { METRICS_REGISTRY } from './metrics-registry.js';

@ApiTags('health')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Prometheus metrics: HTTP, event-store appends, projection lag, process' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } })
  async scrape(@Res() response: Response): Promise<void> {
    const body = await this.registry.metrics();
    response.setHeader('Content-Type', this.registry.contentType);
    response.send(body);
  }
}
