// Who is in which group while the builder works: one place per person, so "everyone placed exactly once"
// holds by construction, and every placement carries its latest reason.
import type { Placement, WorkGroup } from './work-group';

export class Board {
  readonly groups: WorkGroup[] = [];
  private readonly groupOf = new Map<string, WorkGroup>();
  readonly placements = new Map<string, Placement>();

  add(group: WorkGroup): WorkGroup {
    this.groups.push(group);
    for (const email of group.members) this.groupOf.set(email, group);
    return group;
  }

  /** Places (or moves) a person; the reason replaces any earlier one. */
  place(email: string, group: WorkGroup, reason: string, outreach = false): void {
    const from = this.groupOf.get(email);
    if (from && from !== group) from.members = from.members.filter((m) => m !== email);
    if (from !== group) group.members.push(email);
    this.groupOf.set(email, group);
    this.placements.set(email, { group: group.id, reason, ...(outreach ? { outreach } : {}) });
  }

  /** Records the reason of someone already in a group (a kept member). */
  note(email: string, reason: string, outreach = false): void {
    const group = this.groupOf.get(email);
    if (group) this.placements.set(email, { group: group.id, reason, ...(outreach ? { outreach } : {}) });
  }

  groupOfPerson(email: string): WorkGroup | undefined {
    return this.groupOf.get(email);
  }

  /** Takes a group off the board; its members are unplaced until placed again. */
  remove(group: WorkGroup): string[] {
    this.groups.splice(this.groups.indexOf(group), 1);
    for (const email of group.members) {
      this.groupOf.delete(email);
      this.placements.delete(email);
    }
    const members = group.members;
    group.members = [];
    return members;
  }
}
