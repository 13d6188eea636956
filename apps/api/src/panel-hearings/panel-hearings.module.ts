import { Module } from '@nestjs/common';
import { MyHearingsController } from './my-hearings.controller.js';

/** What a panel member's screen lists: the hearings they sit on. */
@Module({ controllers: [MyHearingsController] })
export class PanelHearingsModule {}
