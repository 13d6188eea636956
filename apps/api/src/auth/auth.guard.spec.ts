import { Controller, Get, type INestApplication, Req } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AuthGuard, TOKEN_VERIFIER } from './auth.guard.js';
import type { AuthenticatedRequest } from './principal.js';
import { Public, Roles } from './roles.decorator.js';
import { signToken } from './sign-token.js';
import { createTokenVerifier } from './token-verifier.js';

const SECRET = 'unit-test-secret-unit-test-secret-0123';

@Controller()
class ProbeController {
  @Get('open') @Public() open() { return { ok: true }; }
  @Get('clerks') @Roles('clerk', 'admin') clerks() { return { ok: true }; }
  @Get('forgotten') forgotten() { return { ok: true }; }
  @Get('units') @Roles('unit') units(@Req() request: AuthenticatedRequest) { return request.actor; }
}

describe('AuthGuard', () => {
  let app: INestApplication;
  beforeAll(async () => {
    const module = await Test.createTestingModule({
      controllers: [ProbeController],
      providers: [{ provide: TOKEN_VERIFIER, useValue: createTokenVerifier({ kind: 'hs256', secret: SECRET }) }, { provide: APP_GUARD, useClass: AuthGuard }],
    }).compile();
    app = module.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => app.close());

  const token = (roles: string[], claims: Record<string, unknown> = {}) =>
    signToken(SECRET, { sub: 'u1', name: 'U', roles: roles as never, ...claims });

  it('lets anyone reach a public route', async () => {
    expect((await request(app.getHttpServer()).get('/open')).status).toBe(200);
  });

  it('needs a token and one of the declared roles', async () => {
    expect((await request(app.getHttpServer()).get('/clerks')).status).toBe(401);
    expect((await request(app.getHttpServer()).get('/clerks').set('Authorization', `Bearer ${await token(['auditor'])}`)).status).toBe(403);
    expect((await request(app.getHttpServer()).get('/clerks').set('Authorization', `Bearer ${await token(['admin'])}`)).status).toBe(200);
  });

  it('closes a route that declares no roles, even to an admin', async () => {
    expect((await request(app.getHttpServer()).get('/forgotten').set('Authorization', `Bearer ${await token(['admin', 'clerk', 'auditor', 'panel'])}`)).status).toBe(403);
  });

  it('refuses tokens with unknown or missing roles', async () => {
    expect((await request(app.getHttpServer()).get('/clerks').set('Authorization', `Bearer ${await token(['superuser'])}`)).status).toBe(401);
    expect((await request(app.getHttpServer()).get('/clerks').set('Authorization', `Bearer ${await token([])}`)).status).toBe(401);
  });

  it('lets a unit user act only for the unit its token names, and refuses a unit token without one', async () => {
    const withUnit = await token(['unit'], { unit: 'town-01' });
    const answer = await request(app.getHttpServer()).get('/units').set('Authorization', `Bearer ${withUnit}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ id: 'u1', name: 'U', role: 'unit', unit: 'town-01' });
    expect((await request(app.getHttpServer()).get('/units').set('Authorization', `Bearer ${await token(['unit'])}`)).status).toBe(401);
    expect((await request(app.getHttpServer()).get('/units').set('Authorization', `Bearer ${await token(['unit'], { unit: 'no spaces' })}`)).status).toBe(401);
  });
});
