// Adopt: what the edited Proposal tab asks the registry to become, as rows to append — never a row rewritten or
// deleted (Members keeps its history: "rows are never deleted"). The one cell Adopt writes in an existing row is
// a blank Until, for a membership the person leaves (without it they would be in two PLGs). Adopting again adds
// nothing: a membership already there is not added, an ended one is not ended again.
// Rows that do not read cleanly are held (their person's memberships stay as they are), never guessed at.
import type { Problem } from '../problems';
import type { IsoDate } from '../registry/cells';
import type { ReadRow } from '../registry/read-tab';
import type { Registry } from '../registry/registry';
import type { GroupConfiguration } from '../registry/roles';
import type { GroupRow } from '../registry/tabs';
import { addDays, addYears, laterDate } from '../schedule/calendar-days';
import { compareText } from './order';
import { proposalTab, type ProposalRow, type RecordedProposal } from './proposal-tab';

export interface NewGroupRow {
  id: string;
  name: string;
  configuration: GroupConfiguration;
  facilitator?: string;
  adminLiaison?: string;
  cadence: GroupRow['cadence'];
  weekday: GroupRow['weekday'];
  startTime: string;
  minutes: number;
  firstMeeting: IsoDate;
  rosterTermEnd: IsoDate;
}

export interface AdoptionPlan {
  newGroups: NewGroupRow[];
  newMembers: { group: string; email: string; from: IsoDate }[];
  /** Members rows (sheet row numbers) whose blank Until is filled: the person leaves that group. */
  endings: { rowNumber: number; group: string; email: string; until: IsoDate }[];
  problems: Problem[];
  /** People whose row was held (a problem), so nothing changed for them. */
  held: number;
  /** People whose group on the tab is the one they are in already. */
  unchanged: number;
}

const located = (
  rowNumber: number,
  column: keyof typeof proposalTab.columns,
  value: string,
  message: string,
): Problem => ({
  severity: 'error',
  tab: proposalTab.name,
  row: rowNumber,
  column: proposalTab.columns[column].header,
  value,
  message,
});

export function planAdoption(
  registry: Registry,
  rows: readonly ReadRow<ProposalRow>[],
  unreadable: readonly ReadRow<Partial<ProposalRow>>[],
  recorded: RecordedProposal,
  from: IsoDate,
): AdoptionPlan {
  const problems: Problem[] = [];
  const staff = new Map(registry.staff.map((s) => [s.row.email, s.row]));
  const existing = new Map(registry.groups.map((g) => [g.row.id.toUpperCase(), g.row]));
  const proposedNew = new Map(recorded.newGroups.map((g) => [g.id.toUpperCase(), g]));
  // Everyone on a row that did not read is held, and so is anyone listed twice (which row is meant?).
  const heldEmails = new Set(unreadable.flatMap((r) => (r.row.email ? [r.row.email] : [])));
  const seen = new Map<string, number>();
  for (const { row, rowNumber } of rows) {
    const first = seen.get(row.email);
    if (first !== undefined) {
      problems.push(
        located(
          rowNumber,
          'email',
          row.email,
          `is listed twice (also row ${first}) — keep one row per person; both are held until then`,
        ),
      );
      heldEmails.add(row.email);
    } else seen.set(row.email, rowNumber);
  }
  const heldGroups = new Set<string>();
  // Group-level cells of new groups: the first value given wins unless another row says otherwise (then held).
  const groupCells = new Map<string, { name?: string; facilitator?: string; liaison?: string }>();
  const valid: { row: ProposalRow; rowNumber: number; group: string }[] = [];
  for (const { row, rowNumber } of rows) {
    if (heldEmails.has(row.email)) continue;
    const person = staff.get(row.email);
    if (!person || !person.active) {
      problems.push(
        located(
          rowNumber,
          'email',
          row.email,
          person
            ? 'is marked not active on the Staff tab — remove this row, or set Active to Yes; held'
            : 'is not on the Staff tab — use the address from the Staff tab; this row is held',
        ),
      );
      continue;
    }
    const key = row.group.toUpperCase();
    const group = existing.get(key)?.id ?? proposedNew.get(key)?.id;
    if (!group) {
      problems.push(
        located(
          rowNumber,
          'group',
          row.group,
          'is not a group on the Groups tab or in this proposal — use a Group id from either; this row is held',
        ),
      );
      continue;
    }
    valid.push({ row, rowNumber, group });
    if (existing.has(key)) continue;
    const cells = groupCells.get(group) ?? {};
    for (const [field, column] of [
      ['name', 'groupName'],
      ['facilitator', 'facilitator'],
      ['liaison', 'liaison'],
    ] as const) {
      const value = row[column];
      if (value === undefined) continue;
      if (cells[field] !== undefined && cells[field] !== value) {
        problems.push(
          located(
            rowNumber,
            column,
            value,
            `differs from "${cells[field]}" given earlier for ${group} — keep one; the new group ${group} is held`,
          ),
        );
        heldGroups.add(group);
      } else cells[field] = value;
    }
    groupCells.set(group, cells);
  }
  // A new group's facilitator and liaison must be people the registry knows, in the right role.
  for (const [group, cells] of groupCells) {
    const at = valid.find((v) => v.group === group)!.rowNumber;
    if (cells.facilitator && !staff.get(cells.facilitator)?.active) {
      problems.push(
        located(
          at,
          'facilitator',
          cells.facilitator,
          `is not an active person on the Staff tab — the new group ${group} is held`,
        ),
      );
      heldGroups.add(group);
    }
    if (cells.liaison && staff.get(cells.liaison)?.role !== 'administrator') {
      problems.push(
        located(
          at,
          'liaison',
          cells.liaison,
          `is not an administrator on the Staff tab — the new group ${group} is held`,
        ),
      );
      heldGroups.add(group);
    }
  }

  const schedule = usualSchedule(registry);
  const newGroups: NewGroupRow[] = [];
  for (const [group, cells] of [...groupCells].sort(([a], [b]) => compareText(a, b))) {
    if (heldGroups.has(group) || existing.has(group.toUpperCase())) continue;
    const recordedGroup = proposedNew.get(group.toUpperCase())!;
    newGroups.push({
      id: group,
      name: cells.name ?? recordedGroup.name,
      configuration: recordedGroup.configuration as GroupConfiguration,
      ...(cells.facilitator ? { facilitator: cells.facilitator } : {}),
      ...(cells.liaison ? { adminLiaison: cells.liaison } : {}),
      ...schedule,
      firstMeeting: from,
      // "Create groups of 8-12 for a set period of time (1-3 years)": through the end of next school year.
      rosterTermEnd: laterDate(addYears(registry.settings.yearEnd, 1), addYears(from, 1)),
    });
  }

  // Memberships: open ones (no Until, or one on or after From) by person.
  const open = new Map<string, { group: string; rowNumber: number; from?: IsoDate; until?: IsoDate }[]>();
  const facilitators = new Set(
    registry.groups.filter((g) => g.row.configuration === 'facilitators').map((g) => g.row.id),
  );
  for (const { row, rowNumber } of registry.members) {
    if (row.role === 'observer' || facilitators.has(row.group)) continue;
    if (row.until !== undefined && row.until < from) continue;
    open.set(row.email, [
      ...(open.get(row.email) ?? []),
      { group: row.group, rowNumber, from: row.from, until: row.until },
    ]);
  }
  const newMembers: AdoptionPlan['newMembers'] = [];
  const endings: AdoptionPlan['endings'] = [];
  let unchanged = 0;
  const before = addDays(from, -1);
  for (const { row, rowNumber, group } of valid) {
    if (heldGroups.has(group)) continue;
    const theirs = open.get(row.email) ?? [];
    // On the roster already: a membership row, or the group's facilitator on its Groups row (my-plg.ts rosterOn).
    const leads = existing.get(group.toUpperCase());
    const stays =
      theirs.some((m) => m.group.toUpperCase() === group.toUpperCase()) ||
      leads?.facilitator === row.email ||
      leads?.coFacilitator === row.email;
    if (!stays) newMembers.push({ group, email: row.email, from });
    else if (theirs.every((m) => m.group.toUpperCase() === group.toUpperCase())) unchanged += 1;
    for (const m of theirs) {
      if (m.group.toUpperCase() === group.toUpperCase() || m.until !== undefined) continue;
      endings.push({
        rowNumber: m.rowNumber,
        group: m.group,
        email: row.email,
        until: m.from && m.from > before ? m.from : before,
      });
    }
    const facilitates = registry.groups.find(
      (g) =>
        g.row.active &&
        g.row.id.toUpperCase() !== group.toUpperCase() &&
        !facilitators.has(g.row.id) &&
        (g.row.facilitator === row.email || g.row.coFacilitator === row.email),
    );
    if (facilitates)
      problems.push({
        severity: 'warning',
        tab: proposalTab.name,
        row: rowNumber,
        column: proposalTab.columns.group.header,
        value: group,
        message: `${row.email} facilitates ${facilitates.row.id} on the Groups tab and joins ${group} — Adopt never rewrites a Groups row: change ${facilitates.row.id}'s facilitator there`,
      });
  }
  const held = rows.length + unreadable.length - valid.filter((v) => !heldGroups.has(v.group)).length;
  return { newGroups, newMembers, endings, problems, held, unchanged };
}

/** The schedule most of the school's PLGs keep, for a new group; Preview shows it before anything is sent. */
function usualSchedule(registry: Registry): Pick<NewGroupRow, 'cadence' | 'weekday' | 'startTime' | 'minutes'> {
  const counts = new Map<
    string,
    { n: number; s: Pick<NewGroupRow, 'cadence' | 'weekday' | 'startTime' | 'minutes'> }
  >();
  for (const { row } of registry.groups) {
    if (
      !row.active ||
      row.configuration === 'administrators' ||
      row.configuration === 'facilitators' ||
      row.cadence === 'monthly'
    )
      continue;
    const s = { cadence: row.cadence, weekday: row.weekday, startTime: row.startTime, minutes: row.minutes };
    const key = JSON.stringify(s);
    counts.set(key, { n: (counts.get(key)?.n ?? 0) + 1, s });
  }
  const best = [...counts.entries()].sort(([ka, a], [kb, b]) => b.n - a.n || compareText(ka, kb))[0];
  // Without a group to copy: twice a month for at least the school's minimum length (the guidance's 50 minutes).
  return (
    best?.[1].s ?? {
      cadence: 'every other week',
      weekday: 'Tuesday',
      startTime: '15:30',
      minutes: Math.max(50, registry.settings.minMinutes),
    }
  );
}
