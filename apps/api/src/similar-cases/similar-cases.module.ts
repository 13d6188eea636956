import { Module } from '@nestjs/common';
import { FindSimilarCasesHandler } from './find-similar-cases.handler.js';
import { SimilarCasesController } from './similar-cases.controller.js';

/** 类案推送: earlier like cases, from the read models and the character bigrams the similar_cases projection keeps. */
@Module({
  controllers: [SimilarCasesController],
  providers: [FindSimilarCasesHandler],
})
export class SimilarCasesModule {}
