import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { AuthController } from './auth.controller.js';
import { SessionStore } from './session.store.js';
import { SignInAttempts } from './sign-in-attempts.js';
import { SignInService } from './sign-in.service.js';

/** Workbench sign-in: password sessions on the built-in directory (the bearer-token guard lives in AppModule). */
@Module({
  imports: [DirectoryModule],
  controllers: [AuthController],
  providers: [SessionStore, SignInAttempts, SignInService],
  exports: [SessionStore],
})
export class AuthModule {}
