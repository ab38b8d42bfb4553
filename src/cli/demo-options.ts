// The demo's command line, read strictly: a value that cannot be what was meant is refused with a message, never
// replaced by a default (`--seed abc` used to run seed 1 without a word).
import { z } from 'zod';
import { checkTimeZone } from '../core/schedule/time-zone-names';

export class DemoUsageError extends Error {}

const Seed = z
  .string()
  .regex(/^[1-9]\d{0,8}$/, { error: 'is not a seed: give a whole number from 1, such as 7' })
  .transform(Number);

export interface DemoOptions {
  out?: string;
  seed: number;
  timeZone?: string;
  locale?: string;
  /** Two schools in one deployment (src/emulator/district-demo.ts) instead of one. */
  district: boolean;
}

const known = ['out', 'seed', 'time-zone', 'locale', 'district'] as const;
/** Options that take no value. */
const flags: readonly string[] = ['district'];

export function parseDemoArgs(argv: readonly string[]): DemoOptions {
  const values: Partial<Record<(typeof known)[number], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (!name || !(known as readonly string[]).includes(name))
      throw new DemoUsageError(`Unknown argument "${arg}". Options: ${known.map((k) => `--${k}`).join(', ')}.`);
    if (flags.includes(name)) {
      values[name as (typeof known)[number]] = 'yes';
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new DemoUsageError(`--${name} needs a value.`);
    values[name as (typeof known)[number]] = value;
    i++;
  }
  let seed = 1;
  if (values.seed !== undefined) {
    const parsed = Seed.safeParse(values.seed);
    if (!parsed.success) throw new DemoUsageError(`--seed "${values.seed}" ${parsed.error.issues[0]!.message}.`);
    seed = parsed.data;
  }
  const timeZone = values['time-zone'];
  if (timeZone !== undefined) {
    const zone = checkTimeZone(timeZone);
    if (!zone.ok) throw new DemoUsageError(`--time-zone "${timeZone}" ${zone.message}.`);
  }
  if (values.district && (timeZone !== undefined || values.locale !== undefined))
    throw new DemoUsageError('--district runs its two schools in New York time; leave out --time-zone and --locale.');
  return { out: values.out, seed, timeZone, locale: values.locale, district: values.district === 'yes' };
}
