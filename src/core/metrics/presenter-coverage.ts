// Who has presented work this year, per group ("Create an expectation that all participants are the presenter
// at least once a year", shared/seeds 000), so a facilitator can see who still needs a turn.
import type { IsoDate } from '../registry/cells';
import type { MeetingRow } from '../registry/tabs';
import { isPlgMeeting } from '../registry/roles';

export interface PresenterCoverage {
  group: string;
  members: number;
  /** Members who presented at a meeting on or before the day asked about. */
  presented: readonly string[];
  /** Members who have not presented yet but have a later meeting as presenter. */
  scheduled: readonly string[];
  /** Members with neither. */
  notYet: readonly string[];
  /** presented / members, 0–1. */
  coverage: number;
}

/** `rosters`: group id → the current members' emails (observers left out by the caller). */
export function presenterCoverage(
  meetings: readonly Pick<MeetingRow, 'group' | 'date' | 'status' | 'presenter'>[],
  rosters: ReadonlyMap<string, readonly string[]>,
  asOf: IsoDate,
): PresenterCoverage[] {
  return [...rosters.keys()].sort().map((group) => {
    const members = [...new Set(rosters.get(group))].sort();
    const own = meetings.filter((m) => m.group === group && isPlgMeeting(m.status) && m.presenter !== undefined);
    const presenters = (past: boolean) => new Set(own.filter((m) => m.date <= asOf === past).map((m) => m.presenter));
    const before = presenters(true);
    const after = presenters(false);
    const presented = members.filter((e) => before.has(e));
    const scheduled = members.filter((e) => !before.has(e) && after.has(e));
    return {
      group,
      members: members.length,
      presented,
      scheduled,
      notYet: members.filter((e) => !before.has(e) && !after.has(e)),
      coverage: members.length === 0 ? 0 : presented.length / members.length,
    };
  });
}
