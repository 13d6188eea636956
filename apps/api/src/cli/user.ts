import { userInfo } from 'node:os';
import { ROLES } from '@xinfang/petition';
import { isRole } from '../auth/principal.js';
import { ProblemException } from '../http/problem.js';
import { migrateDatabase } from '../database/migrate-database.js';
import { Database } from '../database/database.js';
import { type ChangeAuthor, normalizeLogin } from '../directory/directory-user.js';
import { UserDirectory } from '../directory/user-directory.service.js';
import { openCliRuntime, runCli } from './cli-runtime.js';

const USAGE = `Keeps the built-in user directory from the command line (the first admin of a fresh install).

  npm run user -- add <login> --roles <role>[,<role>…] [--name <display name>] [--unit <unit code>] [--panel-name <name> [--may-chair]]
  npm run user -- reset-password <login>
  npm run user -- enable <login>
  npm run user -- list

Roles: ${ROLES.join(', ')}. 'add' and 'reset-password' print a one-time password, shown once: the
user signs in with it at /workbench and must choose their own. Changes are logged as made by
cli:<your OS user>.`;

runCli(async () => {
  const [command, login, ...flags] = process.argv.slice(2);
  const option = (name: string) => {
    const index = flags.indexOf(`--${name}`);
    return index >= 0 ? flags[index + 1] : undefined;
  };
  if (!command || !['add', 'reset-password', 'enable', 'list'].includes(command) || (command !== 'list' && !login)) {
    console.error(USAGE);
    return 2;
  }
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
      const roles = option('roles')?.split(',') ?? [];
      if (roles.length === 0 || !roles.every(isRole)) {
        console.error(`--roles must list one or more of ${ROLES.join(', ')}`);
        return 2;
      }
      const panelName = option('panel-name');
      const unit = option('unit');
      const { user, oneTimePassword } = await directory.create(author, login!, {
        name: option('name') ?? login!,
        roles,
        ...(unit ? { unit } : {}),
        ...(panelName ? { panel: { displayName: panelName, mayChair: flags.includes('--may-chair') } } : {}),
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
