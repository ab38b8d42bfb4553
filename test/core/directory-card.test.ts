// A group's card file: a card believes only what the registry signed, for the file it is in.
import { createHmac } from 'node:crypto';
import {
  cardContent,
  cardFileName,
  groupKeyOfCardFile,
  newestPerGroup,
  readCard,
  type CardRead,
} from '../../src/core/directory-card';
import { directoryEntries } from '../../src/core/directory';
import { schoolRegistry } from './registry/school-fixture';

const secrets: Record<string, string> = { REG1: 'secret-of-registry-one', REG2: 'secret-of-registry-two' };
const sign = (registry: string) => (text: string) =>
  createHmac('sha256', secrets[registry]!).update(text).digest('base64url');
const verify = (registry: string, text: string, sig: string) =>
  secrets[registry] !== undefined && sign(registry)(text) === sig;

const registry = schoolRegistry();
const group = registry.groups[0]!.row;
const key = (group.key ?? group.id).toUpperCase();
const json = directoryEntries(registry, new Date('2026-09-01T12:00:00Z')).get(key)!.json;
const genuine = cardContent({ reg: 'REG1', file: 'FILE-A', at: '2026-09-01T12:00:00.000Z', entry: json }, sign('REG1'));

describe('card files', () => {
  it('names each file after its group key, and reads the key back from nothing else', () => {
    expect(groupKeyOfCardFile(cardFileName(key))).toBe(key);
    expect(groupKeyOfCardFile('PLG Hub card data · ')).toBeUndefined();
    expect(groupKeyOfCardFile('Copy of PLG Hub card data · MATH-1')).toBeUndefined();
    expect(groupKeyOfCardFile("PLG Hub card data · MATH-1' or '1")).toBeUndefined();
  });

  it('reads a genuine file: the group, its roles and names', () => {
    const read = readCard(genuine, 'FILE-A', verify)!;
    expect(read.registryId).toBe('REG1');
    expect(read.entry.name).toBe(group.name);
    expect(read.entry.roles[group.facilitator!]).toBe('facilitator');
  });

  it('ignores a copy a departed member kept: same text, another file', () => {
    expect(readCard(genuine, 'FILE-COPY', verify)).toBeUndefined();
  });

  it('ignores a member who edits the roles in a file, or signs with another school’s secret', () => {
    const outer = JSON.parse(genuine) as { body: string; sig: string };
    const forged = outer.body.replace('ben.ortiz@lincolnms.org\\":\\"m', 'ben.ortiz@lincolnms.org\\":\\"f');
    expect(forged).not.toBe(outer.body);
    expect(readCard(JSON.stringify({ ...outer, body: forged }), 'FILE-A', verify)).toBeUndefined();
    const otherSchool = cardContent({ reg: 'REG1', file: 'FILE-A', at: 'x', entry: json }, sign('REG2'));
    expect(readCard(otherSchool, 'FILE-A', verify)).toBeUndefined();
    const unknownRegistry = cardContent({ reg: 'NOPE', file: 'FILE-A', at: 'x', entry: json }, () => 'sig');
    expect(readCard(unknownRegistry, 'FILE-A', verify)).toBeUndefined();
    expect(readCard('not json', 'FILE-A', verify)).toBeUndefined();
  });

  it('keeps the newest of two genuine files for one group, and both schools’ groups of one key', () => {
    const at = (when: string, reg = 'REG1'): CardRead => ({
      ...readCard(genuine, 'FILE-A', verify)!,
      at: when,
      registryId: reg,
    });
    const kept = newestPerGroup([at('2026-09-01'), at('2026-09-08'), at('2026-09-03'), at('2026-09-02', 'REG2')]);
    expect(kept.map((r) => `${r.registryId} ${r.at}`).sort()).toEqual(['REG1 2026-09-08', 'REG2 2026-09-02']);
  });
});
