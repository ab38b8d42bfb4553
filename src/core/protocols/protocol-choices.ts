// The Meetings tab's chooser: for the next meetings whose agenda Doc is not made yet (the agenda is built from the
// protocol, so that is when the choice still counts), the protocol in force and the chooser's suggestions. Admins
// see it in the registry; the trust scores it uses are the dashboard's released averages, which they already see.
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import type { Protocol } from './protocol';
import { protocolById } from './protocols-tab';
import { suggestProtocols, type Suggestion } from './suggest-protocols';

export interface ProtocolChoice {
  meetingKey: string;
  groupName: string;
  date: IsoDate;
  focus?: string;
  /** The protocol the agenda would use now: the meeting's, else its group's default. */
  current?: Protocol;
  /** Whether `current` comes from the group's default rather than the meeting's own cell. */
  fromGroupDefault: boolean;
  suggestions: Suggestion[];
}

/** Meetings listed at once: enough for the next few weeks of a school's groups, short enough for a card. */
export const choicesShown = 8;

export function protocolChoices(
  registry: Registry,
  protocols: readonly Protocol[],
  today: IsoDate,
  /** Group name → released "Collaboration and trust" average, from the latest health survey. */
  trustByGroup: ReadonlyMap<string, number>,
): ProtocolChoice[] {
  const groups = new Map(registry.groups.map(({ row }) => [row.id, row]));
  return registry.meetings
    .map(({ row }) => row)
    .filter((m) => m.status === 'scheduled' && m.date >= today && !m.agenda && groups.get(m.group)?.active)
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime) || a.key.localeCompare(b.key))
    .slice(0, choicesShown)
    .map((m) => {
      const group = groups.get(m.group)!;
      const own = protocolById(protocols, m.protocol);
      return {
        meetingKey: m.key,
        groupName: group.name,
        date: m.date,
        focus: m.focus,
        current: own ?? protocolById(protocols, group.defaultProtocol),
        fromGroupDefault: !own,
        suggestions: suggestProtocols(protocols, {
          focus: m.focus,
          minutes: m.minutes,
          trustScore: trustByGroup.get(group.name),
        }),
      };
    });
}
