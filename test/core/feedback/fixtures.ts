import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { SchoolYear } from '../../../src/core/feedback/form-model';

export const schoolYear: SchoolYear = {
  school: 'Lincoln Middle School',
  yearStart: '2026-08-24',
  yearEnd: '2027-06-18',
  collectEmails: false,
  anonymityThreshold: 3,
  surveyAudience: 'members',
};

const seedsDir = '/work/shared/seeds';

/** The guidance text every item quotes, with line breaks and runs of spaces folded; undefined outside the workspace. */
export const guidanceText: string | undefined = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => /^00[01]_.*\.txt$/.test(f))
      .map((f) => readFileSync(`${seedsDir}/${f}`, 'utf8'))
      .join('\n')
      .replace(/\s+/g, ' ')
  : undefined;
