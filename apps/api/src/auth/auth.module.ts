import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { AuthController } from './auth.controller.js';
import { OidcClient } from './oidc/oidc-client.js';
import { OidcSignIns } from './oidc/oidc-sign-ins.js';
import { OidcController } from './oidc/oidc.controller.js';
import { SessionStore } from './session.store.js';
import { SignInAttempts } from './sign-in-attempts.js';
import { SignInService } from './sign-in.service.js';

/** Workbench sign-in: password sessions on the built-in directory, or single sign-on (the guard lives in AppModule). */
@Module({
  imports: [DirectoryModule],
  controllers: [AuthController, OidcController],
  providers: [SessionStore, SignInAttempts, SignInService, OidcClient, OidcSignIns],
  exports: [SessionStore],
})
export class AuthModule {}
