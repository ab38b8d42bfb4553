// Rotates presenter, timekeeper and note-taker across a group's meetings. Everyone gets a presenting turn
// where the calendar allows ("Create an expectation that all participants are the presenter at least once a
// year", shared/seeds 000), support roles are spread evenly, and nothing already set is ever changed: a
// presenter who has been told it is their turn keeps it. Ties are broken by email so a re-run gives the same
// answer.
import type { IsoDate } from '../registry/cells';

export interface RotationMeeting {
  key: string;
  date: IsoDate;
  canceled?: boolean;
  /** Facilitates this meeting, so takes no other role in it. */
  facilitator?: string;
  presenter?: string;
  timekeeper?: string;
  noteTaker?: string;
}

export interface RotationInput {
  /** The group's meetings this year, in date order. */
  meetings: readonly RotationMeeting[];
  /** Members on each meeting's date, by meeting key. */
  rosters: Readonly<Record<string, readonly string[]>>;
  /** Dates each person has marked "not available", by email. */
  unavailable: Readonly<Record<string, readonly IsoDate[]>>;
  /** Meetings before today keep whoever held their roles. */
  today: IsoDate;
}

export type RotatedRole = 'presenter' | 'timekeeper' | 'noteTaker';

export interface RoleAssignment {
  key: string;
  presenter?: string;
  timekeeper?: string;
  noteTaker?: string;
}

export interface Rotation {
  /** Only the empty cells that were filled. */
  assignments: RoleAssignment[];
  /** Roles no one could take: everyone was unavailable or already had a role. */
  unfilled: { key: string; role: RotatedRole }[];
  /** Members with no presenting turn this year even after rotation: too few meetings they can attend. */
  withoutPresentingTurn: string[];
}

export function rotateRoles(input: RotationInput): Rotation {
  const meetings = input.meetings.filter((m) => !m.canceled).map((m) => ({ ...m }));
  const open = new Set(meetings.filter((m) => m.date >= input.today).map((m) => m.key));
  const filled = new Map<string, RoleAssignment>();
  const unfilled: Rotation['unfilled'] = [];
  const turns = {
    presenter: new Map<string, number>(),
    timekeeper: new Map<string, number>(),
    noteTaker: new Map<string, number>(),
  };
  const lastTurn = new Map<string, number>();
  const count = (role: RotatedRole, email: string) => turns[role].get(email) ?? 0;
  const give = (role: RotatedRole, email: string, index: number) => {
    turns[role].set(email, count(role, email) + 1);
    lastTurn.set(`${role}:${email}`, index);
  };
  meetings.forEach((m, i) =>
    (['presenter', 'timekeeper', 'noteTaker'] as const).forEach((r) => m[r] && give(r, m[r]!, i)),
  );

  const canTake = (m: RotationMeeting, email: string) =>
    email !== m.facilitator &&
    ![m.presenter, m.timekeeper, m.noteTaker].includes(email) &&
    !(input.unavailable[email] ?? []).includes(m.date);
  const candidates = (m: RotationMeeting) => [...(input.rosters[m.key] ?? [])].sort().filter((e) => canTake(m, e));
  const assign = (m: RotationMeeting, index: number, role: RotatedRole, email: string | undefined) => {
    if (email === undefined) {
      unfilled.push({ key: m.key, role });
      return;
    }
    m[role] = email;
    give(role, email, index);
    filled.set(m.key, { ...(filled.get(m.key) ?? { key: m.key }), [role]: email });
  };
  const since = (role: RotatedRole, email: string) => lastTurn.get(`${role}:${email}`) ?? -1;

  // Presenters first, over the whole year: whoever has presented least goes next, and among them whoever
  // has the fewest meetings left to do it, so a member who can make few meetings is not crowded out.
  meetings.forEach((m, index) => {
    if (!open.has(m.key) || m.presenter) return;
    const chancesLeft = (email: string) =>
      meetings
        .slice(index)
        .filter((later) => open.has(later.key) && !later.presenter && candidates(later).includes(email)).length;
    assign(
      m,
      index,
      'presenter',
      pick(candidates(m), (e) => [count('presenter', e), chancesLeft(e), since('presenter', e)]),
    );
  });

  meetings.forEach((m, index) => {
    if (!open.has(m.key)) return;
    for (const role of ['timekeeper', 'noteTaker'] as const) {
      if (m[role]) continue;
      const support = (e: string) => count('timekeeper', e) + count('noteTaker', e);
      assign(
        m,
        index,
        role,
        pick(candidates(m), (e) => [count(role, e), support(e), since(role, e)]),
      );
    }
  });

  const everyone = [...new Set(meetings.flatMap((m) => input.rosters[m.key] ?? []))].sort();
  return {
    assignments: meetings.filter((m) => filled.has(m.key)).map((m) => filled.get(m.key)!),
    unfilled,
    withoutPresentingTurn: everyone.filter((e) => count('presenter', e) === 0),
  };
}

/** The candidate with the smallest score, compared position by position; candidates arrive sorted by email. */
function pick(candidates: string[], score: (email: string) => number[]): string | undefined {
  let best: { email: string; score: number[] } | undefined;
  for (const email of candidates) {
    const s = score(email);
    if (best === undefined || lessThan(s, best.score)) best = { email, score: s };
  }
  return best?.email;
}

function lessThan(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
