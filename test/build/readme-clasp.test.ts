// The README's deploy steps name clasp commands a school's IT person will type: each must be a command of the clasp
// this repository installs (clasp 3), with the options the README gives it, as `clasp <command> --help` shows.
// (An unknown command is not an error to clasp — it prints the general usage — so the usage line is checked.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/emulator/harness';

const root = projectRoot();
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const clasp = join(root, 'node_modules', '.bin', 'clasp');

/** Each `npx clasp <command> …` the README shows, with the options it uses. */
const commands = new Map<string, Set<string>>();
for (const [, command, rest] of readme.matchAll(/npx clasp ([a-z][a-z-]*)([^`\n]*)/g)) {
  const options = commands.get(command!) ?? new Set<string>();
  for (const [option] of rest!.matchAll(/--[a-zA-Z][a-zA-Z-]*/g)) if (option !== '--help') options.add(option);
  commands.set(command!, options);
}

test('the README names the clasp commands of a whole deployment', () => {
  expect([...commands.keys()]).toEqual(expect.arrayContaining(['login', 'push', 'version', 'deploy', 'redeploy', 'enable-api']));
});

test.each([...commands.entries()].map(([command, options]) => [command, [...options]] as const))(
  'clasp %s is a clasp 3 command, with the options the README uses',
  (command, options) => {
    const help = execFileSync(clasp, [command, '--help'], { encoding: 'utf8', timeout: 30_000 });
    const usage = /^Usage: clasp (\S+)/m.exec(help)?.[1] ?? '';
    expect(usage.split('|')).toContain(command);
    for (const option of options) expect(help).toContain(option);
  },
);
