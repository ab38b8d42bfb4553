// Which protocols each group has used at the meetings held so far — a principal can see whether groups vary the
// structure to the work ("Use protocols to structure and deepen discussion, and to ensure safety for risk-taking;",
// shared/seeds 001 "Culture"). A meeting with no protocol of its own used its group's default.
import type { IsoDate } from '../registry/cells';
import type { GroupRow, MeetingRow } from '../registry/tabs';
import { isPlgMeeting } from '../registry/roles';

export interface ProtocolsUsed {
  group: string;
  /** Protocol id → meetings held with it, the most used first. */
  counts: readonly { protocol: string; meetings: number }[];
}

export function protocolsUsed(
  meetings: readonly Pick<MeetingRow, 'group' | 'date' | 'status' | 'protocol'>[],
  groups: readonly Pick<GroupRow, 'id' | 'defaultProtocol'>[],
  asOf: IsoDate,
): ProtocolsUsed[] {
  const byGroup = new Map<string, Map<string, number>>();
  const defaults = new Map(groups.map((g) => [g.id, g.defaultProtocol]));
  for (const m of meetings) {
    if (!isPlgMeeting(m.status) || m.date > asOf) continue;
    const protocol = m.protocol ?? defaults.get(m.group);
    if (!protocol) continue;
    const counts = byGroup.get(m.group) ?? new Map<string, number>();
    counts.set(protocol, (counts.get(protocol) ?? 0) + 1);
    byGroup.set(m.group, counts);
  }
  return [...byGroup.keys()].sort().map((group) => ({
    group,
    counts: [...byGroup.get(group)!]
      .map(([protocol, n]) => ({ protocol, meetings: n }))
      .sort((a, b) => b.meetings - a.meetings || a.protocol.localeCompare(b.protocol)),
  }));
}
