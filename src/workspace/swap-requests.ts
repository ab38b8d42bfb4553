// A facilitator's request to swap a meeting's protocol or presenter, made from the agenda Doc (facilitators need
// not have the registry open). The request is keyed by the Doc it was made in and names who made it; nothing in
// it is trusted until the registry's own hourly run checks it against the registry: the Doc must be that
// meeting's agenda, the person asking that group's facilitator or co-facilitator, the presenter on its roster
// that day, and the meeting still ahead. Anything else is dropped and said in the run log.
import { z } from 'zod';
import { fileIdOf } from '../core/drive-id';
import { groupRoster } from '../core/my-plg';
import { email, wallClock } from '../core/registry/cells';
import { meetingsTab } from '../core/registry/tabs';
import type { OpenRegistry } from './registry-io';

const prefix = 'plg.swap.';
export const SwapRequest = z.object({
  meetingKey: z.string().min(1).max(100),
  protocol: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional(),
  presenter: email.optional(),
  requester: email,
});
export type SwapRequest = z.infer<typeof SwapRequest>;

/** Stores the request under the agenda Doc it came from (one pending request per Doc). */
export function recordSwapRequest(docId: string, request: SwapRequest): void {
  const parsed = SwapRequest.parse(request);
  PropertiesService.getScriptProperties().setProperty(prefix + docId, JSON.stringify(parsed));
}

export interface SwapOutcome {
  applied: number;
  /** Requests refused, in words for the run log. */
  refused: string[];
}

export function applySwapRequests(open: OpenRegistry, now: Date): SwapOutcome {
  const outcome: SwapOutcome = { applied: 0, refused: [] };
  const registry = open.read.registry;
  const sheet = open.tabs.get(meetingsTab.name);
  if (!registry || !sheet) return outcome;
  const properties = PropertiesService.getScriptProperties();
  const all = properties.getProperties();
  const today = wallClock(now, registry.settings.timeZone).date;
  const groups = new Map(registry.groups.map((g) => [g.row.id, g.row]));
  // Only this registry's own agenda Docs: another school's requests are theirs to read. A request is deleted
  // only after the Meetings tab holds it: a run stopped in between applies it again (the same cells, the same
  // values), and none is ever lost.
  const handled: string[] = [];
  for (const { row: meeting, rowNumber } of registry.meetings) {
    const docId = fileIdOf(meeting.agenda);
    const raw = docId ? all[prefix + docId] : undefined;
    if (!docId || raw === undefined) continue;
    handled.push(prefix + docId);
    const request = parseRequest(raw);
    const group = groups.get(meeting.group);
    const refuse = (why: string) => outcome.refused.push(`swap request for ${meeting.key} ${why}`);
    if (!request || request.meetingKey !== meeting.key) refuse('could not be read');
    else if (!group || ![group.facilitator, group.coFacilitator].includes(request.requester))
      refuse(`came from ${request.requester}, who does not facilitate ${group?.name ?? meeting.group}`);
    else if (meeting.date < today) refuse('came after the meeting');
    else if (request.presenter && !groupRoster(registry, group.id, meeting.date).includes(request.presenter))
      refuse(`named ${request.presenter}, who is not in ${group.name} on ${meeting.date}`);
    else {
      if (request.protocol) sheet.set(rowNumber, meetingsTab.columns.protocol.header, request.protocol);
      if (request.presenter) sheet.set(rowNumber, meetingsTab.columns.presenter.header, request.presenter);
      outcome.applied += 1;
    }
  }
  sheet.flush();
  for (const key of handled) properties.deleteProperty(key);
  return outcome;
}

function parseRequest(raw: string): SwapRequest | undefined {
  try {
    const parsed = SwapRequest.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
