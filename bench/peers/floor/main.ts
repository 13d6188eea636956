import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createValidationPipe } from '../../../apps/api/src/http/validation.js';
import { FloorModule } from './floor.module.js';

/*
 * The floor under any registration service: a bare NestJS application on platform-express whose
 * POST /petitions runs xinfang's own ValidationPipe over xinfang's own RegisterPetitionRequest and
 * writes one event row with one INSERT. No authentication, no event store, no logging.
 */
const app = await NestFactory.create(FloorModule, { logger: ['error', 'warn'] });
app.useGlobalPipes(createValidationPipe());
app.enableShutdownHooks();
await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
