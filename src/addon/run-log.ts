// What the last run did to a registry, kept in that registry's own state (workspace/registry-state.ts), so its
// homepage can say it in plain words — and one school's runs never show on another's card. The time is written
// the way the school writes dates and times, in its own zone.
import { z } from 'zod';
import type { Registry } from '../core/registry/registry';
import { wallClock } from '../core/registry/cells';
import { localStyle, meetingWhenText } from '../core/schedule/local-style';
import { RegistryState } from '../workspace/registry-state';

export const lastRunKey = 'run.last';

const LastRun = z.object({ at: z.string(), summary: z.string().max(5_000) });

export function recordRun(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, summary: string): void {
  const state = RegistryState.read(spreadsheet);
  stageRunRecord(state, summary);
  state.flush();
}

/** The run's record set on a state already read, to go out with that state's next write. */
export function stageRunRecord(state: RegistryState, summary: string): void {
  state.set(lastRunKey, JSON.stringify({ at: new Date().toISOString(), summary: summary.slice(0, 5_000) }));
}

/**
 * "Calendar: 39 of 39 changes done (Tue, Sep 8, 2026 at 3:30 PM)", or undefined before the first run. The time is
 * stored as an instant (UTC) and always said in the school's zone and style: Settings' when the registry reads,
 * else the spreadsheet's own zone and locale (`fallback`), never UTC.
 */
export function lastRunSummary(
  state: RegistryState,
  registry: Registry | undefined,
  fallback: { timeZone: string; locale: string },
): string | undefined {
  const raw = state.get(lastRunKey);
  if (!raw) return undefined;
  const parsed = LastRun.safeParse(safeJson(raw));
  if (!parsed.success) return undefined;
  const at = new Date(parsed.data.at);
  if (Number.isNaN(at.getTime())) return parsed.data.summary;
  const timeZone = registry?.settings.timeZone ?? fallback.timeZone;
  const style = registry?.style ?? localStyle(fallback.locale);
  const { date, time } = wallClock(at, timeZone);
  return `${parsed.data.summary} (${meetingWhenText(date, time, style)})`;
}

export function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
