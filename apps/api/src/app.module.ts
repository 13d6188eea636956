import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { AuditModule } from './audit/audit.module.js';
import { AuthGuard, TOKEN_VERIFIER } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { createTokenVerifier } from './auth/token-verifier.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { DATABASE_URL } from './database/database-url.token.js';
import { DatabaseModule } from './database/database.module.js';
import type { EventStore } from '@xinfang/event-store';
import { EventStoreModule } from './event-store/event-store.module.js';
import { EVENT_STORE } from './event-store/event-store.token.js';
import { HealthController } from './health/health.controller.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { createValidationPipe } from './http/validation.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { createRootLogger } from './observability/logging.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { PanelHearingsModule } from './panel-hearings/panel-hearings.module.js';
import { CaseFileModule } from './case-file/case-file.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { PetitionsModule } from './petitions/petitions.module.js';
import { UnitsModule } from './units/units.module.js';
import { ReadModelsModule } from './read-models/read-models.module.js';
import { ProgrammesReadModule } from './read-models/programmes/programmes-read.module.js';
import { SupervisionsReadModule } from './read-models/supervisions/supervisions-read.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { PublicModule } from './public/public.module.js';
import { SimilarCasesModule } from './similar-cases/similar-cases.module.js';
import { WriteRateLimitGuard } from './security/write-rate-limit.guard.js';
import { CalendarService } from './calendar/calendar.service.js';
import { PetitionEventCodec } from './event-codec/petition-event-codec.js';
import { CASE_LINKS } from './petitions/command-path/case-links.port.js';
import { CASE_SNAPSHOTS } from './petitions/command-path/case-snapshots.port.js';
import { PostgresCaseSnapshots } from './case-snapshots/postgres-case-snapshots.js';
import { ReboundReactor } from './petitions/programme/rebound-reactor.js';
import { PROJECTIONS, REACTORS } from './projections/projections.token.js';
import { createProjections } from './read-models/all-projections.js';
import { CaseLinkFinder } from './read-models/cases/case-link-finder.js';
import { PersonKeys } from './read-models/person-keys.js';
import { WorkbenchModule } from './workbench/workbench.module.js';

export interface AppSettings {
  readonly config: AppConfig;
  /** The PostgreSQL that holds the event store and the read models (external or embedded). */
  readonly databaseUrl: string;
  /** Where the service logs; JSON lines on stdout at LOG_LEVEL when not given. */
  readonly log?: Logger;
}

@Module({})
export class AppModule {
  static forRoot(settings: AppSettings): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        // First, so that its pool is the last thing to close.
        DatabaseModule,
        ObservabilityModule.forRoot(settings.log ?? createRootLogger(settings.config.logLevel)),
        CqrsModule.forRoot(),
        EventStoreModule,
        AuthModule,
        DirectoryModule,
        PersonalDataModule,
        CalendarModule,
        ProjectionsModule,
        UnitsModule,
        PetitionsModule,
        ReadModelsModule,
        ProgrammesReadModule,
        SupervisionsReadModule,
        AuditModule,
        PublicModule,
        DashboardModule,
        WorkbenchModule,
        DocumentsModule,
        CaseFileModule,
        SimilarCasesModule,
        PanelHearingsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: settings.config },
        { provide: DATABASE_URL, useValue: settings.databaseUrl },
        { provide: TOKEN_VERIFIER, useValue: createTokenVerifier(settings.config.auth) },
        IdempotencyStore,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: WriteRateLimitGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // The composition root joins the write side's ports and the projector to the read models that answer them.
        { provide: CASE_LINKS, useExisting: CaseLinkFinder },
        { provide: CASE_SNAPSHOTS, useClass: PostgresCaseSnapshots },
        {
          provide: PROJECTIONS,
          inject: [PetitionEventCodec, PersonKeys, CalendarService, EVENT_STORE],
          useFactory: (codec: PetitionEventCodec, personKeys: PersonKeys, calendar: CalendarService, store: EventStore) =>
            createProjections({ codec, personKeys, calendar: () => calendar.current(), readStream: (streamId) => store.readStream(streamId) }),
        },
        { provide: REACTORS, inject: [ReboundReactor], useFactory: (rebounds: ReboundReactor) => [rebounds.projection()] },
      ],
      exports: [APP_CONFIG, DATABASE_URL, CASE_LINKS, CASE_SNAPSHOTS, PROJECTIONS, REACTORS, TOKEN_VERIFIER],
    };
  }
}
