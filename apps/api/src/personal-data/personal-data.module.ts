import { Global, Module } from '@nestjs/common';
import { PersonalDataVault } from '@xinfang/personal-data';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { PostgresSubjectKeyStore } from './postgres-subject-key-store.js';

@Global()
@Module({
  providers: [
    {
      provide: PersonalDataVault,
      inject: [DataSource, APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => new PersonalDataVault(new PostgresSubjectKeyStore(dataSource, config.personalDataMasterKey)),
    },
    PetitionEventCodec,
  ],
  exports: [PersonalDataVault, PetitionEventCodec],
})
export class PersonalDataModule {}
