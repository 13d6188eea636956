import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res, type Type } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { mintedId } from '../../http/deterministic-ids.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { CaseCommandDocs } from './case-command.docs.js';
import type { CaseCommandRoute } from './case-command.route.js';
import { CommandResponse, commandResponse } from './command-response.js';
import { type CommandOutcome, type PetitionCommandInput, PetitionCommandRunner } from './petition-command-runner.js';

/** Any command on an existing case, as the bus carries it to the one handler. */
export class RunCaseCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly input: PetitionCommandInput,
    readonly context: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(RunCaseCommand)
export class RunCaseCommandHandler implements ICommandHandler<RunCaseCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, input, context }: RunCaseCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, input, context);
  }
}

/**
 * The controller of one case command: `POST /petitions/:id/<path>` for its roles, its body
 * validated by its DTO, mapped by the route to the domain command and run on the command bus.
 * Nest and the OpenAPI document read it as they read a hand-written controller.
 */
export function caseCommandController(route: CaseCommandRoute): Type {
  const extraParams = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]!);

  @ApiTags('petitions')
  @ApiBearerAuth()
  @Controller('petitions')
  class CaseCommandController {
    constructor(readonly commandBus: CommandBus) {}

    async handle(petitionId: string, ...rest: unknown[]): Promise<CommandResponse> {
      const params = Object.fromEntries(extraParams.map((name, i) => [name, rest[i] as string]));
      const [body, context, response] = rest.slice(extraParams.length) as [object, RequestContext, Response];
      const newId = route.creates ? mintedId(context, route.creates.record) : undefined;
      const input = route.command(body, { params, context, ...(newId ? { newId } : {}) });
      const outcome = await this.commandBus.execute(new RunCaseCommand(petitionId, input, context));
      if (!route.creates || !newId) return commandResponse(outcome, response);
      response.setHeader('Location', route.creates.location(petitionId, newId, params));
      return { ...commandResponse(outcome, response), [`${route.creates.record}Id`]: newId };
    }
  }

  const prototype = CaseCommandController.prototype as unknown as Record<string, unknown>;
  // The handler goes by the route's action name alone: Nest would route a second name for the same function too.
  const descriptor = Object.getOwnPropertyDescriptor(CaseCommandController.prototype, 'handle')!;
  delete prototype.handle;
  Object.defineProperty(descriptor.value, 'name', { value: route.action });
  Object.defineProperty(prototype, route.action, descriptor);
  Object.defineProperty(CaseCommandController, 'name', { value: `${route.name}Controller` });
  const created = route.creates !== undefined;
  const methodDecorators: MethodDecorator[] = [
    Post(`:id/${route.path}`),
    HttpCode(created ? HttpStatus.CREATED : HttpStatus.OK),
    Roles(...route.roles),
    ApiOperation({ summary: route.summary }),
    CaseCommandDocs(),
    created ? ApiCreatedResponse({ type: route.creates!.response }) : ApiOkResponse({ type: CommandResponse }),
  ];
  for (const decorate of methodDecorators.reverse()) decorate(prototype, route.action, descriptor);
  const parameterDecorators: ParameterDecorator[] = [
    Param('id', new ParseUUIDPipe()),
    ...extraParams.map((name) => Param(name, new ParseUUIDPipe())),
    Body(),
    CurrentRequest(),
    Res({ passthrough: true }),
  ];
  // Applied last parameter first, as TypeScript applies written parameter decorators.
  for (let index = parameterDecorators.length - 1; index >= 0; index--) parameterDecorators[index]!(prototype, route.action, index);
  Reflect.defineMetadata('design:paramtypes', [String, ...extraParams.map(() => String), route.body, Object, Object], prototype, route.action);
  return CaseCommandController;
}
