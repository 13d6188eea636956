/** Import boundaries: the domain and the event-store port stay free of frameworks and drivers. */
const FRAMEWORKS = '(^|/)node_modules/(@nestjs/|typeorm/|pg/|pg-[a-z-]+/|@eventstore/|@kurrent/|express/|class-validator/|class-transformer/)';

module.exports = {
  forbidden: [
    {
      name: 'pure-domain',
      comment: 'The petition decider, the calendar and the personal-data vault import no framework, ORM, driver or event-store client.',
      severity: 'error',
      from: { path: '^libs/(petition|calendar|personal-data)/' },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'pure-port',
      comment: 'The event-store port imports no framework, ORM, driver or event-store client.',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'libs-not-apps',
      comment: 'Libraries never reach into the application.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-not-adapters',
      comment: 'The domain and the port know no adapter.',
      severity: 'error',
      from: { path: '^libs/(petition|calendar|personal-data|event-store)/' },
      to: { path: '^libs/event-store-' },
    },
    {
      name: 'write-side-not-read-models',
      comment: 'Commands decide from the event stream: what they ask the read side goes through a port the write side owns (petitions/command-path/case-links.port.ts), bound in AppModule.',
      severity: 'error',
      from: { path: '^apps/api/src/petitions/' },
      to: { path: '^apps/api/src/read-models/' },
    },
    {
      name: 'read-models-not-write-side',
      comment: 'Read models are fed from the event log, never by the command path.',
      severity: 'error',
      from: { path: '^apps/api/src/read-models/' },
      to: { path: '^apps/api/src/petitions/' },
    },
    {
      name: 'projector-not-read-models',
      comment: 'The projector runs whatever projections it is given (PROJECTIONS); the read models provide them, not the projector module.',
      severity: 'error',
      from: { path: '^apps/api/src/projections/' },
      to: { path: '^apps/api/src/read-models/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
