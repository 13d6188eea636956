// Runs a TypeScript entry point with decorator metadata, which tsx (esbuild) cannot emit and Nest's
// dependency injection needs: `node --import ./scripts/ts-with-decorators.mjs file.ts`. Compiles
// with @swc/core and the options jest uses; resolves `@xinfang/<lib>` and `./x.js` → `./x.ts` as
// tsconfig.json does.
import { register } from 'node:module';

register('./ts-with-decorators.hooks.mjs', import.meta.url);
