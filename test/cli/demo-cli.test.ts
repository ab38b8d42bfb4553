// `npm run demo -- --out DIR --seed N`: a folder the demo did not make is never emptied, and an option that cannot
// be what was meant is refused with a message instead of quietly becoming a default.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoFolderRefused, markerName, prepareDemoFolder, writeDemoMarker } from '../../src/cli/demo-folder';
import { DemoUsageError, parseDemoArgs } from '../../src/cli/demo-options';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'plg-demo-out-'));
}

describe('the folder the demo writes to', () => {
  it("refuses a folder of someone's documents, says why, and deletes nothing", () => {
    const dir = scratch();
    writeFileSync(join(dir, 'thesis.docx'), 'years of work');
    mkdirSync(join(dir, 'cards'));
    writeFileSync(join(dir, 'cards', 'birthday.txt'), 'keep me');
    expect(() => prepareDemoFolder(dir)).toThrow(DemoFolderRefused);
    expect(() => prepareDemoFolder(dir)).toThrow(/no \.plg-hub-demo file.*Nothing was deleted/);
    expect(readFileSync(join(dir, 'thesis.docx'), 'utf8')).toBe('years of work');
    expect(readFileSync(join(dir, 'cards', 'birthday.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses a file given as the folder', () => {
    const file = join(scratch(), 'notes.txt');
    writeFileSync(file, 'mine');
    expect(() => prepareDemoFolder(file)).toThrow(/is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('makes a new folder, and uses an empty one', () => {
    const fresh = join(scratch(), 'a', 'b');
    prepareDemoFolder(fresh);
    expect(readdirSync(fresh)).toEqual([]);
    const empty = scratch();
    prepareDemoFolder(empty);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('clears exactly what its last run wrote, and leaves what a person added since', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'cards'));
    writeFileSync(join(dir, 'cards', 'index.html'), '<p>old</p>');
    writeFileSync(join(dir, 'calendar.ics'), 'BEGIN:VCALENDAR');
    writeDemoMarker(dir, ['cards', 'calendar.ics']);
    writeFileSync(join(dir, 'my-notes.txt'), 'added by hand');
    prepareDemoFolder(dir);
    expect(readdirSync(dir).sort()).toEqual([markerName, 'my-notes.txt']);
  });

  it('never follows a hand-edited marker out of its folder', () => {
    const parent = scratch();
    const dir = join(parent, 'demo');
    mkdirSync(dir);
    writeFileSync(join(parent, 'precious.txt'), 'outside');
    writeFileSync(
      join(dir, markerName),
      JSON.stringify({ tool: 'PLG Hub demo', wrote: ['../precious.txt', '..', '/etc'] }),
    );
    prepareDemoFolder(dir);
    expect(existsSync(join(parent, 'precious.txt'))).toBe(true);
  });
});

describe('the command line', () => {
  it('takes the seed, zone, locale and folder as given', () => {
    expect(parseDemoArgs(['--seed', '7', '--time-zone', 'Europe/London', '--out', 'x', '--locale', 'en_GB'])).toEqual({
      seed: 7,
      timeZone: 'Europe/London',
      out: 'x',
      locale: 'en_GB',
      district: false,
    });
    expect(parseDemoArgs([]).seed).toBe(1);
  });

  it('takes --district without a value, and refuses it with a zone (its two schools keep New York time)', () => {
    expect(parseDemoArgs(['--district', '--seed', '3'])).toMatchObject({ district: true, seed: 3 });
    expect(() => parseDemoArgs(['--district', '--time-zone', 'Europe/London'])).toThrow(/--district runs/);
  });

  it.each([
    [['--seed', 'abc'], /--seed "abc" is not a seed: give a whole number from 1/],
    [['--seed', '1.5'], /--seed "1\.5" is not a seed/],
    [['--seed', '0'], /--seed "0" is not a seed/],
    [['--seed'], /--seed needs a value/],
    [['--out', '--seed', '3'], /--out needs a value/],
    [['--sead', '3'], /Unknown argument "--sead"/],
    [['--time-zone', 'EST'], /--time-zone "EST" .*America\/New_York/],
  ])('refuses %j with a message', (argv, message) => {
    expect(() => parseDemoArgs(argv)).toThrow(DemoUsageError);
    expect(() => parseDemoArgs(argv)).toThrow(message);
  });
});
