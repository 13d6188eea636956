import { Global, Module } from '@nestjs/common';
import { PersonalDataVault } from '@xinfang/personal-data';
import { Database } from '../database/database.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CaseLoader } from '../event-codec/case-loader.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { PostgresSubjectKeyStore } from './postgres-subject-key-store.js';

@Global()
@Module({
  providers: [
    {
      provide: PersonalDataVault,
      inject: [Database, APP_CONFIG],
      useFactory: (database: Database, config: AppConfig) => new PersonalDataVault(new PostgresSubjectKeyStore(database, config.personalDataMasterKey)),
    },
    PetitionEventCodec,
    CaseLoader,
  ],
  exports: [PersonalDataVault, PetitionEventCodec, CaseLoader],
})
export class PersonalDataModule {}
