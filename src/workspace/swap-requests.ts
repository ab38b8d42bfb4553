// A facilitator's request to swap a meeting's protocol or presenter, made from the agenda Doc (facilitators need
// not have the registry open). Stored in script properties, read back through zod, and applied by the admin-side
// hourly run to the Meetings tab for meetings still ahead; a request for a past meeting is dropped.
import { z } from 'zod';
import { wallClock } from '../core/registry/cells';
import { email } from '../core/registry/cells';
import { meetingsTab } from '../core/registry/tabs';
import type { OpenRegistry } from './registry-io';

const prefix = 'plg.swap.';
const SwapRequest = z.object({
  protocol: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional(),
  presenter: email.optional(),
});
export type SwapRequest = z.infer<typeof SwapRequest>;

export function recordSwapRequest(meetingKey: string, request: SwapRequest): void {
  const parsed = SwapRequest.parse(request);
  PropertiesService.getScriptProperties().setProperty(prefix + meetingKey, JSON.stringify(parsed));
}

export function applySwapRequests(open: OpenRegistry, now: Date): number {
  const registry = open.read.registry;
  const sheet = open.tabs.get(meetingsTab.name);
  if (!registry || !sheet) return 0;
  const properties = PropertiesService.getScriptProperties();
  const all = properties.getProperties();
  const today = wallClock(now, registry.settings.timeZone).date;
  const rows = new Map(registry.meetings.map((m) => [m.row.key, m]));
  let applied = 0;
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(prefix)) continue;
    const meeting = rows.get(key.slice(prefix.length));
    let request: SwapRequest | undefined;
    try {
      const parsed = SwapRequest.safeParse(JSON.parse(raw));
      request = parsed.success ? parsed.data : undefined;
    } catch {
      request = undefined;
    }
    if (request && meeting && meeting.row.date >= today) {
      if (request.protocol) sheet.set(meeting.rowNumber, meetingsTab.columns.protocol.header, request.protocol);
      if (request.presenter) sheet.set(meeting.rowNumber, meetingsTab.columns.presenter.header, request.presenter);
      applied += 1;
    }
    properties.deleteProperty(key);
  }
  sheet.flush();
  return applied;
}
