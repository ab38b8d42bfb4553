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
}

const known = ['out', 'seed', 'time-zone', 'locale'] as const;

export function parseDemoArgs(argv: readonly string[]): DemoOptions {
  const values: Partial<Record<(typeof known)[number], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (!name || !(known as readonly string[]).includes(name))
      throw new DemoUsageError(`Unknown argument "${arg}". Options: ${known.map((k) => `--${k}`).join(', ')}.`);
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
  return { out: values.out, seed, timeZone, locale: values.locale };
}
