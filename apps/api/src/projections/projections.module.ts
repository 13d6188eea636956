import { Global, Module } from '@nestjs/common';
import { ProjectorService } from './projector.service.js';

/** The projector: runs whatever projections and reactors it is given (PROJECTIONS, REACTORS) and lets reads wait for their own writes. */
@Global()
@Module({
  providers: [ProjectorService],
  exports: [ProjectorService],
})
export class ProjectionsModule {}
