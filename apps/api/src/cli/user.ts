import { userInfo } from 'node:os';
import { ROLES } from '@xinfang/petition';
import { isRole } from '../auth/principal.js';
import { ProblemException } from '../http/problem.js';
import { migrateDatabase } from '../database/migrate-database.js';
import { Database } from '../database/database.js';
import { type ChangeAuthor, normalizeLogin } from '../directory/directory-user.js';
import { UserDirectory } from '../directory/user-directory.service.js';
import { openCliRuntime, runCli } from './cli-runtime.js';
import { parseCommandLine, UsageError } from './command-line.js';

const USAGE = `Keeps the built-in user directory from the command line (the first admin of a fresh install).

  npm run user -- add <login> --roles <role>[,<role>…] [--name <display name>] [--unit <unit code>] [--panel-name <name> [--may-chair]]
  npm run user -- reset-password <login>
  npm run user -- enable <login>
  npm run user -- list

Roles: ${ROLES.join(', ')}. 'add' and 'reset-password' print a one-time password, shown once: the
user signs in with it at /workbench and must choose their own. Changes are logged as made by
cli:<your OS user>.`;

const OPTIONS = {
  roles: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' }, 'panel-name': { type: 'string' }, 'may-chair': { type: 'boolean' },
} as const;
const COMMANDS = ['add', 'reset-password', 'enable', 'list'];

runCli(USAGE, async () => {
  const { values, positionals } = parseCommandLine(USAGE, { options: OPTIONS, allowPositionals: true });
  const [command, login, extra] = positionals;
  if (!command || !COMMANDS.includes(command)) throw new UsageError(command ? `Unknown command '${command}'` : `Name a command: ${COMMANDS.join(', ')}`);
  if (command !== 'list' && !login) throw new UsageError(`'${command}' needs the user's login`);
  if (extra !== undefined || (command === 'list' && login !== undefined)) throw new UsageError(`Unexpected argument '${extra ?? login}'`);
  const runtime = await openCliRuntime();
  await migrateDatabase(runtime.databaseUrl);
  const directory = new UserDirectory(new Database(runtime.pool));
  const author: ChangeAuthor = { id: `cli:${userInfo().username}`, name: `command line (${userInfo().username})` };
  try {
    if (command === 'list') {
      for (const user of await directory.list()) console.log(`${user.login}\t${user.name}\t${user.roles.join(',')}${user.unit ? `\t${user.unit}` : ''}${user.disabled ? '\tdisabled' : ''}`);
      return 0;
    }
    if (command === 'add') {
      const roles = values.roles?.split(',') ?? [];
      if (roles.length === 0 || !roles.every(isRole)) throw new UsageError(`--roles must list one or more of ${ROLES.join(', ')}`);
      const panelName = values['panel-name'];
      const unit = values.unit;
      const { user, oneTimePassword } = await directory.create(author, login!, {
        name: values.name ?? login!,
        roles,
        ...(unit ? { unit } : {}),
        ...(panelName ? { panel: { displayName: panelName, mayChair: values['may-chair'] ?? false } } : {}),
      });
      console.log(`Created ${user.login} (${user.roles.join(', ')}), id ${user.id}.\nOne-time password, shown once: ${oneTimePassword}\nSign in at /workbench; a new password is asked for at once.`);
      return 0;
    }
    const user = (await directory.list()).find((candidate) => candidate.login === normalizeLogin(login!));
    if (!user) {
      console.error(`There is no user ${login}.`);
      return 1;
    }
    if (command === 'enable') {
      await directory.setDisabled(author, user.id, false);
      console.log(`${user.login} is enabled.`);
      return 0;
    }
    console.log(`One-time password for ${user.login}, shown once: ${await directory.resetPassword(author, user.id)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ProblemException)) throw error;
    console.error([error.problem.detail, ...(error.problem.errors ?? []).map((field) => `  ${field.field}: ${field.message}`)].join('\n'));
    return 1;
  } finally {
    await runtime.close();
  }
});
