// Time passing and the add-on's hourly trigger firing, as Apps Script would run it: a new execution with a
// 6-minute limit, no spreadsheet open, and only if Apply installed the trigger.
import { listTriggers } from '../base-services/script-app';
import type { EmulatedSchool } from '../harness';
import { executionLimitMs } from '../meter';
import { setActiveSpreadsheet } from '../spreadsheet';

const hourMs = 60 * 60 * 1000;
export const hourlyEntryPoint = 'onHourlyTick';

export function hourlyTriggerInstalled(s: EmulatedSchool): boolean {
  return listTriggers(s.ws).some((t) => t.handlerFunction === hourlyEntryPoint && t.eventType === 'CLOCK');
}

/** An hour passes; the trigger fires if installed. Returns whether it fired (it may still throw, as a run can). */
export function passAnHour(s: EmulatedSchool): boolean {
  s.ws.clock.nowMs += hourMs;
  const trigger = listTriggers(s.ws).find((t) => t.handlerFunction === hourlyEntryPoint && t.eventType === 'CLOCK');
  if (!trigger) return false;
  setActiveSpreadsheet(s.ws, null);
  try {
    s.addon.run(hourlyEntryPoint, { authMode: 'FULL', triggerUid: trigger.uniqueId }, { limitMs: executionLimitMs });
  } finally {
    setActiveSpreadsheet(s.ws, s.spreadsheetId);
  }
  return true;
}
