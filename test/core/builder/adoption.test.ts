// Adopt as the careless admin and the registry's history would test it: an edited Proposal tab read back through
// zod, new groups appended once, memberships ended only where someone leaves, and nothing guessed.
import { planAdoption } from '../../../src/core/builder/adoption';
import { buildProposal, type Proposal } from '../../../src/core/builder/build-proposal';
import { proposalRows, proposalTab, recordOf } from '../../../src/core/builder/proposal-tab';
import { readTab } from '../../../src/core/registry/read-tab';
import type { Registry } from '../../../src/core/registry/registry';
import { sampleSchool } from '../../../src/emulator/sample-school';
import { registryOf } from './builder-school';

const from = '2026-09-14';

function setting(): { registry: Registry; proposal: Proposal; rows: string[][] } {
  const registry = registryOf(sampleSchool({ staff: 90, seed: 8, withFindings: true }));
  const proposal = buildProposal(registry, { configuration: 'department', date: '2026-09-01', keepCurrent: true });
  return { registry, proposal, rows: proposalRows(proposal) };
}

function plan(registry: Registry, proposal: Proposal, rows: unknown[][]) {
  const read = readTab(proposalTab, rows, { timeZone: 'America/New_York' });
  return { read, plan: planAdoption(registry, read.rows, read.unreadableRows, recordOf(proposal), from) };
}

const col = (name: string) => Object.values(proposalTab.columns).findIndex((c) => c.header === name);

describe('planAdoption', () => {
  it('adds each new group once, a membership for each person who moves, and ends the one they leave', () => {
    const { registry, proposal, rows } = setting();
    const { plan: p } = plan(registry, proposal, rows);
    const newIds = proposal.groups.filter((g) => !g.kept).map((g) => g.id);
    expect(p.newGroups.map((g) => g.id)).toEqual(newIds);
    for (const g of p.newGroups) {
      expect(g.firstMeeting).toBe(from);
      expect(g.rosterTermEnd > from).toBe(true);
    }
    const movers = proposal.placements.filter((x) => x.movedFrom);
    for (const m of movers) {
      expect(p.newMembers).toContainEqual({ group: m.group, email: m.person.email, from });
      expect(p.endings).toContainEqual(
        expect.objectContaining({ group: m.movedFrom, email: m.person.email, until: '2026-09-13' }),
      );
    }
    // The facilitators' own PLG is support, not a person's PLG: its memberships are never ended.
    const facil = new Set(registry.members.filter((m) => m.row.group === 'FACIL').map((m) => m.rowNumber));
    expect(p.endings.some((e) => facil.has(e.rowNumber))).toBe(false);
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('holds a new group whose rows name two different facilitators, or a liaison who is not an administrator', () => {
    const { registry, proposal, rows } = setting();
    const newGroup = proposal.groups.find((g) => !g.kept)!;
    const its = rows.map((r, i) => [r, i] as const).filter(([r]) => r[0] === newGroup.id);
    const [teacher, other] = registry.staff.filter((s) => s.row.role === 'teacher').map((s) => s.row.email);
    its[0]![0][col('Suggested facilitator')] = other!;
    its[1]![0][col('Suggested facilitator')] = teacher!;
    const { plan: p } = plan(registry, proposal, rows);
    expect(p.newGroups.some((g) => g.id === newGroup.id)).toBe(false);
    expect(p.newMembers.some((m) => m.group === newGroup.id)).toBe(false);
    expect(p.problems).toContainEqual(
      expect.objectContaining({
        tab: 'Proposal',
        row: its[1]![1] + 1,
        column: 'Suggested facilitator',
        value: teacher,
      }),
    );

    const again = setting();
    const first = again.rows.findIndex((r) => r[0] === newGroup.id);
    again.rows[first]![col('Administrator liaison')] = teacher;
    const second = plan(again.registry, again.proposal, again.rows).plan;
    expect(second.newGroups.some((g) => g.id === newGroup.id)).toBe(false);
    expect(second.problems).toContainEqual(
      expect.objectContaining({
        column: 'Administrator liaison',
        message: expect.stringMatching(/not an administrator/),
      }),
    );
  });

  it('holds both rows of a person listed twice, and a row whose email cell does not read', () => {
    const { registry, proposal, rows } = setting();
    const mover = proposal.placements.find((x) => x.movedFrom)!;
    const moverRow = rows.findIndex((r) => r[col('Email')] === mover.person.email);
    rows.push([...rows[moverRow]!]);
    rows[2]![col('Email')] = '#REF!';
    const { plan: p } = plan(registry, proposal, rows);
    expect(p.newMembers.some((m) => m.email === mover.person.email)).toBe(false);
    expect(p.endings.some((e) => e.email === mover.person.email)).toBe(false);
    expect(p.problems).toContainEqual(
      expect.objectContaining({ row: rows.length, message: expect.stringMatching(/listed twice/) }),
    );
    expect(p.held).toBeGreaterThanOrEqual(3);
  });
});
