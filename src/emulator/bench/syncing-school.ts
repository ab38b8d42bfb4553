// The part of an emulated school the scenarios drive: the admin's clicks, the registry, the clock and meter.
// Narrower than harness.EmulatedSchool so a school reopened from a snapshot (reopen-school.ts) qualifies
// without copying every helper the harness grows.
import type { EmulatedSchool } from '../harness';

export type SyncingSchool = Pick<
  EmulatedSchool,
  'ws' | 'addon' | 'globals' | 'school' | 'spreadsheetId' | 'open' | 'press' | 'fillRegistry' | 'asUser' | 'openEvent'
>;
