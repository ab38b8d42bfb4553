import { groupRoster, myPlg } from '../../src/core/my-plg';
import { zonedInstant } from '../../src/core/schedule/zoned-time';
import { schoolWithMeetings } from './checks/school-with-meetings';
import { email, timeZone } from './registry/school-fixture';

const school = schoolWithMeetings();
const at = (date: string, time: string) => zonedInstant(date, time, timeZone);

describe('myPlg', () => {
  it('answers who is in my PLG, who facilitates it, and when and where it meets', () => {
    const { groups } = myPlg(school, ' Ben.Ortiz@lincolnms.org', at('2026-10-05', '12:00'));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      id: 'MATH-6',
      name: 'Grade 6 Math',
      purpose: 'Tune common assessments in fractions',
      goal: 'Every student reasons about fractions and proportions',
      facilitator: { name: 'Jane Doe', email: email('jane.doe') },
      role: 'member',
      nextMeetings: [
        { date: '2026-10-06', startTime: '15:30', minutes: 60, location: 'Room 114' },
        { date: '2026-10-20', startTime: '15:30', minutes: 60, location: 'Room 114' },
        { date: '2026-11-03', startTime: '15:30', minutes: 60, location: 'Room 114' },
      ],
    });
    expect(groups[0]!.members.map((m) => m.name)).toEqual([
      'Jane Doe',
      'Ben Ortiz',
      'Cara Lin',
      'Dev Shah',
      'Sam Cole',
    ]);
    expect(groups[0]!.nextPresenting).toBeUndefined();
  });

  it('drops a meeting once it has ended, and shows when I present next', () => {
    const planned = {
      ...school,
      meetings: school.meetings.map((m) =>
        m.row.key === 'MATH-6-20261117' ? { ...m, row: { ...m.row, presenter: email('cara.lin') } } : m,
      ),
    };
    const [math] = myPlg(planned, email('cara.lin'), at('2026-10-06', '16:31')).groups;
    expect(math!.nextMeetings[0]!.date).toBe('2026-10-20');
    expect(math!.nextPresenting).toEqual({ date: '2026-11-17' });
    expect(math!.nextMeetings[2]!.presenter).toEqual({ name: 'Cara Lin', email: email('cara.lin') });
  });

  it('shows each part a person plays: facilitator, member, observer, liaison', () => {
    const roles = (who: string) =>
      myPlg(school, email(who), at('2026-10-05', '12:00')).groups.map((g) => [g.id, g.role]);
    expect(roles('tom.baker')).toEqual([
      ['MATH-6', 'liaison'],
      ['ELA-7', 'observer'],
      ['ADMIN', 'member'],
    ]);
    expect(roles('jane.doe')).toEqual([
      ['MATH-6', 'facilitator'],
      ['FAC', 'member'],
    ]);
    expect(roles('lee.kim')).toEqual([
      ['MATH-6', 'coach'],
      ['ELA-7', 'coach'],
      ['FAC', 'facilitator'],
    ]);
  });

  it('honours a membership’s From and Until dates', () => {
    const moved = {
      ...school,
      members: school.members.map((m) =>
        m.row.email === email('dev.shah') ? { ...m, row: { ...m.row, until: '2026-12-31' } } : m,
      ),
    };
    moved.members.push({
      rowNumber: 30,
      row: { ...moved.members[0]!.row, group: 'ELA-7', email: email('dev.shah'), from: '2027-01-04' },
    });
    const inDecember = myPlg(moved, email('dev.shah'), at('2026-12-10', '09:00')).groups;
    expect(inDecember.map((g) => g.id)).toEqual(['MATH-6', 'ELA-7']);
    expect(inDecember[0]!.nextMeetings.map((m) => m.date)).toEqual(['2026-12-15']);
    expect(inDecember[1]!.nextMeetings[0]!.date).toBe('2027-01-07');
    expect(myPlg(moved, email('dev.shah'), at('2027-01-05', '09:00')).groups.map((g) => g.id)).toEqual(['ELA-7']);
    expect(myPlg(school, email('old.timer'), at('2026-10-05', '12:00')).groups).toEqual([]);
  });
});

describe('groupRoster', () => {
  it('lists the facilitator and members on that day, so roster changes only touch later meetings', () => {
    expect(groupRoster(school, 'ELA-7', '2026-08-31')).toEqual([
      email('raj.patel'),
      email('eve.moss'),
      email('finn.ward'),
      email('tom.baker'),
    ]);
    expect(groupRoster(school, 'ELA-7', '2026-09-03')).toContain(email('gia.russo'));
    expect(groupRoster(school, 'MATH-6', '2026-06-01')).not.toContain(email('old.timer'));
    expect(groupRoster(school, 'SCI-8', '2026-09-03')).toEqual([]);
  });
});
