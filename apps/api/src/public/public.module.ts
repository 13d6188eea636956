import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AccessAttempts } from './access-attempts.js';
import { PetitionerAccessCodes } from './petitioner-access-code.js';
import { PetitionerAccess } from './petitioner-access.service.js';
import { PetitionerSelfServiceController } from './petitioner-self-service.controller.js';
import { PetitionerSelfService } from './petitioner-self-service.service.js';
import { ReceiptAccessCodeMiddleware } from './receipt-access-code.middleware.js';

/** The petitioner's self-service (条例 Art. 21): the code on the receipt, progress, and the rating. */
@Module({
  controllers: [PetitionerSelfServiceController],
  providers: [PetitionerAccessCodes, AccessAttempts, PetitionerAccess, PetitionerSelfService, ReceiptAccessCodeMiddleware],
})
export class PublicModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ReceiptAccessCodeMiddleware).forRoutes({ path: 'petitions', method: RequestMethod.POST }, { path: 'petitions/batch', method: RequestMethod.POST });
  }
}
