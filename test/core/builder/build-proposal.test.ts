// The group builder as the admin relies on it: everyone placed exactly once, groups within Settings' sizes,
// the same answer every time, existing groups left alone while their roster term runs, and the colleagues the
// guidance names (small cohorts, support staff, paraprofessionals) placed with a reason they can read.
import { buildProposal, type Proposal } from '../../../src/core/builder/build-proposal';
import { builderConfigurations, type BuilderConfiguration } from '../../../src/core/builder/configurations';
import { noTrainedFacilitator } from '../../../src/core/builder/leadership';
import type { Registry } from '../../../src/core/registry/registry';
import { sampleSchool } from '../../../src/emulator/sample-school';
import { registryOf, sampleRegistry, staffOnly, staffRow } from './builder-school';

const date = '2026-09-01';
const propose = (registry: Registry, configuration: BuilderConfiguration = 'department', keepCurrent = true) =>
  buildProposal(registry, { configuration, date, keepCurrent });

/** The properties every proposal must have, checked against the registry it was made from. */
function expectSound(registry: Registry, proposal: Proposal): void {
  const active = registry.staff.filter((s) => s.row.active).map((s) => s.row.email);
  const placed = proposal.groups.flatMap((g) => g.members);
  expect([...placed].sort()).toEqual([...active].sort()); // everyone, exactly once
  expect(proposal.placements.map((p) => p.person.email).sort()).toEqual([...active].sort());
  for (const p of proposal.placements) {
    expect(proposal.groups.find((g) => g.id === p.group)!.members).toContain(p.person.email);
    expect(p.reason.length).toBeGreaterThan(10);
  }
  expect(proposal.quality.placedOnce).toBe(active.length);
  expect(new Set(proposal.groups.map((g) => g.id)).size).toBe(proposal.groups.length);
  for (const g of proposal.groups) expect(g.id).toMatch(/^[A-Za-z0-9-]{2,20}$/);
}

describe('the sample school at three sizes', () => {
  const sizes = [90, 300, 2_000];
  it.each(sizes.flatMap((staff) => builderConfigurations.map((c) => [staff, c] as const)))(
    '%i staff, %s, re-formed: everyone placed once, every group within 8–12, a reason for each outreach placement',
    (staff, configuration) => {
      const { registry } = sampleRegistry({ staff, seed: 3 });
      const proposal = propose(registry, configuration, false);
      expectSound(registry, proposal);
      const { min, max } = proposal.bounds;
      for (const g of proposal.groups.filter((g) => !g.leaders)) {
        expect(g.members.length).toBeGreaterThanOrEqual(min);
        expect(g.members.length).toBeLessThanOrEqual(max);
      }
      // Art is a small cohort below 300 staff, and works across grades 6–8 at every size: its placements say why.
      const art = proposal.placements.filter((p) => p.person.department === 'Art');
      if (staff < 300 && configuration !== 'interdisciplinary') {
        const why = configuration === 'grade level' ? /works across grades 6, 7, 8/ : /Art has \d+ people — too few/;
        for (const p of art) {
          expect(p.outreach).toBe(true);
          expect(p.reason).toMatch(why);
        }
      }
      expect(proposal.quality.outreachPlacements).toBeGreaterThan(0);
    },
  );

  it('is deterministic: the same registry gives the same proposal, twice and from a fresh read', () => {
    const first = propose(sampleRegistry({ staff: 300, seed: 5 }).registry, 'grade level', false);
    const again = propose(sampleRegistry({ staff: 300, seed: 5 }).registry, 'grade level', false);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('each configuration means what the guidance says: vertical groups span grades, grade-level groups span subjects', () => {
    const { registry } = sampleRegistry({ staff: 300, seed: 2 });
    const gradesOf = (p: Proposal, id: string) =>
      new Set(p.placements.filter((x) => x.group === id).flatMap((x) => x.person.grades));
    const vertical = propose(registry, 'vertical', false);
    const mathVertical = vertical.groups.filter((g) => g.name.startsWith('Math vertical'));
    expect(mathVertical.length).toBeGreaterThan(1);
    for (const g of mathVertical) expect(gradesOf(vertical, g.id).size).toBe(3);
    const department = propose(registry, 'department', false);
    const mathDepartment = department.groups.filter((g) => g.name.startsWith('Math PLG'));
    expect(mathDepartment.some((g) => gradesOf(department, g.id).size < 3)).toBe(true);
    const grade = propose(registry, 'grade level', false);
    const sixth = grade.groups.filter((g) => g.name.startsWith('Grade 6'));
    expect(sixth.length).toBeGreaterThan(0);
    for (const g of sixth) {
      const subjects = new Set(grade.placements.filter((x) => x.group === g.id).map((x) => x.person.department));
      expect(subjects.size).toBeGreaterThan(2);
    }
  });

  it('balances administrator liaisons and gives each trained facilitator at most one group', () => {
    const { registry } = sampleRegistry({ staff: 300, seed: 4 });
    const proposal = propose(registry, 'interdisciplinary', false);
    const facilitators = proposal.groups.flatMap((g) => (g.facilitator ? [g.facilitator] : []));
    expect(new Set(facilitators).size).toBe(facilitators.length);
    const load = proposal.quality.liaisonLoad!;
    expect(load.most - load.fewest).toBeLessThanOrEqual(1);
    const trained = new Set(registry.staff.filter((s) => s.row.facilitatorTrainedOn).map((s) => s.row.email));
    for (const g of proposal.groups) if (g.facilitator) expect(trained.has(g.facilitator)).toBe(true);
  });
});

describe('an existing registry: fewest moves', () => {
  it('keeps every group as it is when all are within their roster term and size', () => {
    const { registry } = sampleRegistry({ staff: 90, seed: 1 });
    for (const configuration of builderConfigurations) {
      const proposal = propose(registry, configuration);
      expectSound(registry, proposal);
      expect(proposal.quality.moves).toBe(0);
      expect(proposal.quality.newGroups).toBe(0);
    }
  });

  it('moves only the people a group over the largest size must lose, and places the person in no PLG', () => {
    const school = sampleSchool({ staff: 90, seed: 1, withFindings: true });
    const registry = registryOf(school);
    const proposal = propose(registry);
    expectSound(registry, proposal);
    const supportSize = new Set(
      school.tabs.Members!.filter((m) => m['Group id'] === 'SUPP-1').map((m) => m['Staff email']),
    ).size;
    expect(supportSize).toBeGreaterThan(proposal.bounds.max);
    expect(proposal.quality.moves).toBe(supportSize - proposal.bounds.max);
    expect(proposal.placements.filter((p) => p.movedFrom).every((p) => p.movedFrom === 'SUPP-1')).toBe(true);
    // The paraprofessional the sample leaves out of every PLG is placed, with the reason said.
    const inSomeGroup = new Set(school.tabs.Members!.map((m) => String(m['Staff email'])));
    const left = school.tabs.Staff!.find((s) => !inSomeGroup.has(String(s.Email)) && s.Role === 'paraprofessional')!;
    const placement = proposal.placements.find((p) => p.person.email === left.Email)!;
    expect(placement.outreach).toBe(true);
    expect(placement.reason).toMatch(/Paraprofessional \(Special Education\)/);
  });

  it('re-forms a group whose roster term has ended without counting its members as moves', () => {
    const school = sampleSchool({ staff: 90, seed: 1, withFindings: false });
    const ended = school.tabs.Groups!.find((g) => g['Group id'] === 'SCIE-1')!;
    ended['Roster term end'] = '2026-06-30';
    const registry = registryOf(school);
    const proposal = propose(registry);
    expectSound(registry, proposal);
    expect(proposal.quality.moves).toBe(0);
    expect(proposal.groups.some((g) => g.id === 'SCIE-1')).toBe(false);
    expect(proposal.groups.some((g) => !g.kept && g.name.startsWith('Science'))).toBe(true);
  });

  it('fills a kept group a departure left below the smallest size rather than leaving it short', () => {
    const school = sampleSchool({ staff: 90, seed: 1, withFindings: false });
    const arts = school.tabs.Members!.filter((m) => m['Group id'] === 'ARTS-1').map((m) => m['Staff email']);
    const facilitator = school.tabs.Groups!.find((g) => g['Group id'] === 'ARTS-1')!.Facilitator;
    const leaving = arts.find((e) => e !== facilitator)!;
    school.tabs.Staff!.find((s) => s.Email === leaving)!.Active = 'No';
    const registry = registryOf(school);
    const proposal = propose(registry);
    expectSound(registry, proposal);
    const group = proposal.groups.find((g) => g.id === 'ARTS-1')!;
    expect(group.members.length).toBeGreaterThanOrEqual(proposal.bounds.min);
    expect(group.members).not.toContain(leaving);
  });
});

describe('keep together and keep apart (Staff tab)', () => {
  it('never puts colleagues kept apart in one group, and keeps those kept together side by side', () => {
    const school = sampleSchool({ staff: 300, seed: 6, withFindings: false });
    const staff = school.tabs.Staff!;
    const teachers = staff.filter((s) => s.Role === 'teacher');
    // Evaluators kept apart from the teachers of their own department, and a few teaching partners kept together.
    const pairs: [string, string][] = [];
    for (let i = 0; i + 1 < teachers.length; i += 7)
      pairs.push([String(teachers[i]!.Email), String(teachers[i + 1]!.Email)]);
    for (const [a, b] of pairs) staff.find((s) => s.Email === a)!['Keep apart from'] = b;
    const together = [String(teachers[2]!.Email), String(staff.find((s) => s.Role === 'paraprofessional')!.Email)];
    staff.find((s) => s.Email === together[0])!['Keep together with'] = together[1];
    const registry = registryOf(school);
    for (const configuration of builderConfigurations) {
      for (const keepCurrent of [true, false]) {
        const proposal = propose(registry, configuration, keepCurrent);
        expectSound(registry, proposal);
        const groupOf = new Map(proposal.placements.map((p) => [p.person.email, p.group]));
        for (const [a, b] of pairs) expect(groupOf.get(a)).not.toBe(groupOf.get(b));
        expect(proposal.quality.keepApartBroken).toBe(0);
        if (!keepCurrent) expect(groupOf.get(together[0]!)).toBe(groupOf.get(together[1]!));
      }
    }
  });

  it('reports a mistyped address where it was typed, and ignores it', () => {
    const rows = Array.from({ length: 20 }, (_, i) => staffRow(`t${i}@school.example`, 'teacher', 'Math', '6'));
    rows[3]!['Keep apart from'] = 'Mr. Smith, t9@school.example';
    rows[4]!['Keep together with'] = 'nobody@school.example';
    const proposal = propose(staffOnly(rows));
    expect(proposal.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tab: 'Staff', row: 5, column: 'Keep apart from', value: 'Mr. Smith' }),
        expect.objectContaining({ tab: 'Staff', row: 6, column: 'Keep together with', value: 'nobody@school.example' }),
      ]),
    );
    const groupOf = new Map(proposal.placements.map((p) => [p.person.email, p.group]));
    expect(groupOf.get('t3@school.example')).not.toBe(groupOf.get('t9@school.example'));
  });
});

describe('awkward staff lists', () => {
  it('one department only: every group is that department, within size', () => {
    const rows = Array.from({ length: 41 }, (_, i) =>
      staffRow(`m${i}@school.example`, 'teacher', 'Math', String(6 + (i % 3))),
    );
    const registry = staffOnly(rows);
    for (const configuration of builderConfigurations) {
      const proposal = propose(registry, configuration);
      expectSound(registry, proposal);
      for (const g of proposal.groups) expect(g.members.length).toBeGreaterThanOrEqual(8);
      for (const g of proposal.groups) expect(g.members.length).toBeLessThanOrEqual(12);
    }
  });

  it('7 people: says plainly that no valid group can be made, and proposes none', () => {
    const rows = Array.from({ length: 7 }, (_, i) => staffRow(`s${i}@school.example`, 'teacher', 'Math', '6'));
    const proposal = propose(staffOnly(rows));
    expect(proposal.groups).toEqual([]);
    expect(proposal.refusal).toMatch(/Only 7 people .* fewer than the smallest group \(8/);
  });

  it('13 people (no way to make two groups of 8): one group goes over rather than anyone being left out', () => {
    const rows = Array.from({ length: 13 }, (_, i) => staffRow(`s${i}@school.example`, 'teacher', 'Math', '6'));
    const registry = staffOnly(rows);
    const proposal = propose(registry);
    expectSound(registry, proposal);
    expect(proposal.groups).toHaveLength(1);
    expect(proposal.groups[0]!.notes.join()).toMatch(/13 people, more than 12/);
  });

  it('3,000 people: every property holds, fast enough for one card press', () => {
    const { registry } = sampleRegistry({ staff: 3_000, seed: 7 });
    for (const [configuration, keep] of [
      ['department', true],
      ['department', false],
      ['interdisciplinary', false],
    ] as const) {
      const start = performance.now();
      const proposal = propose(registry, configuration, keep);
      const ms = performance.now() - start;
      const how = keep ? 'keeping current groups' : 're-formed';
      console.log(`builder, 3,000 staff, ${configuration}, ${how}: ${ms.toFixed(0)} ms — ${proposal.summary}`);
      expectSound(registry, proposal);
      expect(proposal.quality.withinBounds).toBe(proposal.quality.groups);
    }
  });

  it('half paraprofessionals: all placed, each with a reason naming their work', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      i % 2
        ? staffRow(
            `para${i}@school.example`,
            'paraprofessional',
            i % 4 === 1 ? 'Special Education' : '',
            String(6 + (i % 3)),
          )
        : staffRow(`t${i}@school.example`, 'teacher', ['Math', 'English', 'Science'][i % 3]!, String(6 + (i % 3)), {
            'Facilitator trained on': i < 12 ? '2026-06-01' : '',
          }),
    );
    const registry = staffOnly(rows);
    for (const configuration of builderConfigurations) {
      const proposal = propose(registry, configuration);
      expectSound(registry, proposal);
      expect(proposal.quality.withinBounds).toBe(proposal.quality.groups);
      const paras = proposal.placements.filter((p) => p.person.role === 'paraprofessional');
      expect(paras).toHaveLength(30);
      for (const p of paras) expect(p.reason).toMatch(/Paraprofessional/);
    }
  });

  it('no trained facilitators: groups are still proposed, each flagged "no trained facilitator — train one"', () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      staffRow(`t${i}@school.example`, 'teacher', ['Math', 'English'][i % 2]!, String(6 + (i % 3))),
    );
    const proposal = propose(staffOnly(rows));
    expect(proposal.groups.length).toBeGreaterThan(1);
    for (const g of proposal.groups) {
      expect(g.facilitator).toBeUndefined();
      expect(g.notes).toContain(noTrainedFacilitator);
    }
    expect(proposal.quality.facilitated).toBe(0);
  });
});
