// What the repository holds: dependencies are installed by `npm ci`, never committed. A worktree's link to a shared
// install was committed twice and, merged, replaced the checkout's own install with a link to itself.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const inGit = existsSync(join(root, '.git'));

(inGit ? it : it.skip)('tracks no node_modules, not even as a link', () => {
  const tracked = execFileSync('git', ['ls-files', '--', 'node_modules', '*/node_modules'], { cwd: root, encoding: 'utf8' });
  expect(tracked.trim()).toBe('');
});
