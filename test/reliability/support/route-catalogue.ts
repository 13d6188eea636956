import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { Role } from '@xinfang/petition';
import { PUBLIC_KEY, ROLES_KEY } from '../../../apps/api/src/auth/roles.decorator.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A route as the running application declares it, with the roles its handler's metadata allows. */
export interface DeclaredRoute {
  readonly method: HttpMethod;
  /** Express syntax: `/petitions/:id/acceptance`. */
  readonly path: string;
  readonly roles: readonly Role[];
  readonly isPublic: boolean;
  readonly handler: string;
}

const METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

/**
 * Every controller route of the application, found as Nest finds them (controllers of every
 * module, handler path and method metadata), with `@Roles` / `@Public` read the way the guard reads them.
 */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!controller || !instance) continue;
    const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller));
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name] as object;
      const paths: unknown = Reflect.getMetadata(PATH_METADATA, handler);
      if (paths === undefined) continue;
      const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      if (!method) throw new Error(`${controller.name}.${name}: a request method the catalogue does not know`);
      const targets = [handler as () => unknown, controller];
      const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
      const isPublic = reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) ?? false;
      for (const prefix of prefixes) {
        for (const path of asList(paths)) routes.push({ method, path: joinPath(prefix, path), roles, isPublic, handler: `${controller.name}.${name}` });
      }
    }
  }
  return routes;
}

/** The same route in OpenAPI syntax (`/petitions/{id}`), to match it with the document. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

/** Fills `:name` and `{name}` parameters from `values`; a parameter not given gets `x`. */
export function concretePath(path: string, values: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\}/g, (_, express?: string, openApi?: string) => encodeURIComponent(values[(express ?? openApi)!] ?? 'x'));
}

function asList(value: unknown): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function joinPath(prefix: string, path: string): string {
  return `/${[prefix, path].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
}
