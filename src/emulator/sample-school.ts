// A realistic sample school for the demo, the end-to-end tests and the benchmark: staff across departments,
// grade levels, specialists, support staff and administrators; PLGs of every configuration the guidance
// describes (department, vertical, grade level, interdisciplinary) plus an administrators' and a
// facilitators' PLG. The demo school also carries one example of each thing the guideline checks look for,
// and a few typing mistakes, so a person sees every kind of warning.

export type TabRows = Record<string, Record<string, unknown>[]>;

export interface SchoolOptions {
  seed?: number;
  /** About how many staff; the demo school has about 90. */
  staff?: number;
  /** Include the deliberate mistakes and guideline gaps (the demo does; the benchmark does not). */
  withFindings?: boolean;
  domain?: string;
  /** Settings ▸ Time zone: the school's wall clock (default America/New_York). */
  timeZone?: string;
}

export interface SampleSchool {
  settings: Record<string, unknown>;
  tabs: TabRows;
  admin: string;
}

const firstNames = [
  'Ana',
  'Ben',
  'Carla',
  'Dev',
  'Elena',
  'Femi',
  'Grace',
  'Hiro',
  'Isla',
  'Jamal',
  'Kira',
  'Luis',
  'Maya',
  'Noah',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
const lastNames = [
  'Alvarez',
  'Brooks',
  'Chen',
  'Diaz',
  'Evans',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Johnson',
  'Kim',
  'Lopez',
  'Murphy',
  'Nguyen',
  'Okafor',
  'Patel',
  'Quintero',
  'Rossi',
  'Singh',
  'Tanaka',
  'Usman',
  'Varga',
  'Walsh',
  'Xu',
  'Young',
  'Zhang',
];

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Person {
  email: string;
  name: string;
  role: string;
  department: string;
  grades: string;
  trained?: string;
}

export function sampleSchool(options: SchoolOptions = {}): SampleSchool {
  const rand = random(options.seed ?? 1);
  const domain = options.domain ?? 'school.example';
  const size = options.staff ?? 90;
  const findings = options.withFindings ?? true;
  const used = new Set<string>();
  const people: Person[] = [];
  const person = (role: string, department: string, grades: string): Person => {
    let first = '';
    let last = '';
    let email = '';
    for (let n = 0; !email || used.has(email); n++) {
      first = firstNames[Math.floor(rand() * firstNames.length)]!;
      last = lastNames[Math.floor(rand() * lastNames.length)]!;
      email = `${first}.${last}${n > 0 ? n : ''}@${domain}`.toLowerCase();
    }
    used.add(email);
    const p: Person = { email, name: `${first} ${last}`, role, department, grades };
    people.push(p);
    return p;
  };

  // Proportions of a middle school of 89 at scale 1: core teachers by department, specialists, support, leaders.
  const scale = size / 89;
  const count = (n: number) => Math.max(1, Math.round(n * scale));
  const departments = ['Math', 'English', 'Science', 'Social Studies'];
  const core = departments.flatMap((d) =>
    Array.from({ length: count(11) }, (_, i) => person('teacher', d, String(6 + (i % 3)))),
  );
  const specialists = ['Art', 'Music', 'Physical Education', 'World Language', 'Health'].flatMap((d) =>
    Array.from({ length: count(3) }, () => person('specialist', d, '6, 7, 8')),
  );
  const sped = Array.from({ length: count(7) }, () => person('special educator', 'Special Education', '6, 7, 8'));
  const paras = Array.from({ length: count(10) }, () => person('paraprofessional', 'Special Education', '6, 7, 8'));
  const counselors = Array.from({ length: count(4) }, () => person('counselor', 'Guidance', '6, 7, 8'));
  const social = Array.from({ length: count(2) }, () => person('social worker', 'Guidance', '6, 7, 8'));
  const coaches = Array.from({ length: count(3) }, () => person('coach', 'Instruction', '6, 7, 8'));
  const admins = Array.from({ length: count(4) }, () => person('administrator', 'Administration', ''));

  // Groups of about ten: each department split into PLGs, then grade-level, vertical and interdisciplinary mixes.
  interface Group {
    id: string;
    name: string;
    configuration: string;
    members: Person[];
    goal: string;
    purpose: string;
    weekday: string;
    cadence: string;
    weeks?: string;
    minutes: number;
    start: string;
  }
  const groups: Group[] = [];
  const weekdays = ['Tuesday', 'Wednesday', 'Thursday'];
  const addGroup = (g: Omit<Group, 'weekday' | 'cadence' | 'minutes' | 'start'> & Partial<Group>) =>
    groups.push({
      weekday: weekdays[groups.length % 3]!,
      cadence: 'every other week',
      minutes: 55,
      start: '15:30',
      ...g,
    });
  // Balanced groups of at most `size`: 11 people make one group of 11, 25 make groups of 9, 8 and 8.
  const chunk = <T>(list: T[], size: number) => {
    const n = Math.ceil(list.length / size);
    return Array.from({ length: n }, (_, i) =>
      list.slice(Math.floor((i * list.length) / n), Math.floor(((i + 1) * list.length) / n)),
    );
  };

  departments.forEach((d, di) => {
    const teachers = core.filter((p) => p.department === d);
    const short = d === 'Social Studies' ? 'SOC' : d.slice(0, 4).toUpperCase();
    chunk(teachers, 12).forEach((members, i) =>
      addGroup({
        id: `${short}-${i + 1}`,
        name: `${d} PLG${teachers.length > 12 ? ` ${i + 1}` : ''}`,
        configuration: di === 1 && i === 0 ? 'vertical' : 'department',
        members,
        goal: di % 2 === 0 ? 'G1' : 'G2',
        purpose: `Tune common ${d.toLowerCase()} assessments and calibrate what proficient work looks like.`,
      }),
    );
  });
  chunk([...specialists, ...counselors.slice(0, 1)], 11).forEach((members, i) =>
    addGroup({
      id: `ARTS-${i + 1}`,
      name: `Arts & Wellness PLG${i ? ` ${i + 1}` : ''}`,
      configuration: 'interdisciplinary',
      members,
      goal: 'G3',
      purpose: 'Examine student work across the arts and wellness to build engagement and belonging.',
    }),
  );
  chunk([...sped, ...counselors.slice(1), ...social, ...paras], findings ? 24 : 12).forEach((members, i) =>
    addGroup({
      id: `SUPP-${i + 1}`,
      name: `Student Support PLG${i ? ` ${i + 1}` : ''}`,
      configuration: 'grade level',
      members,
      goal: 'G2',
      purpose: 'Look at student data to plan flexible grouping and interventions across grades 6–8.',
    }),
  );
  addGroup({
    id: 'ADMIN',
    name: 'Administrators PLG',
    configuration: 'administrators',
    members: [...admins, ...coaches],
    goal: 'G1',
    purpose: 'Administrators share their own work with protocols, as they ask teachers to do.',
    weekday: 'Monday',
    start: '08:00',
    minutes: 60,
  });

  // Facilitators: the first teacher of each group, trained; the facilitators' PLG meets monthly.
  const facilitatorOf = new Map<string, Person>();
  for (const g of groups) {
    const f = g.id === 'ADMIN' ? coaches[0]! : g.members[0]!;
    f.trained = '2026-06-15';
    facilitatorOf.set(g.id, f);
  }
  const facilitators = [...new Set(facilitatorOf.values())];
  addGroup({
    id: 'FACIL',
    name: 'Facilitators PLG',
    configuration: 'facilitators',
    members: facilitators,
    goal: 'G1',
    purpose: 'Facilitators reflect on their meetings, share expertise and plan for stalled protocols.',
    weekday: 'Monday',
    cadence: 'monthly',
    weeks: '1',
    start: '15:30',
    minutes: 60,
  });
  const lead = coaches[coaches.length - 1]!;
  lead.trained = '2025-08-20';
  facilitatorOf.set('FACIL', lead);

  if (findings) {
    // One example of each guideline finding, as a real registry would have them.
    const arts = groups.find((g) => g.id === 'ARTS-1')!;
    arts.minutes = 45; // shorter than 50 minutes
    const support = groups.find((g) => g.id === 'SUPP-1')!;
    support.cadence = 'monthly'; // fewer than two meetings a month
    support.weeks = '2';
    groups.find((g) => g.id === 'SCIE-1')!.goal = ''; // purpose names no school goal
    facilitatorOf.get('MATH-1')!.trained = undefined; // untrained facilitator
    const last = paras[paras.length - 1]!;
    for (const g of groups) g.members = g.members.filter((m) => m !== last); // a paraprofessional in no PLG
    groups.find((g) => g.id === 'ENGL-1')!.members.push(core[0]!); // a math teacher in two PLGs
    // Support staff lumped into one group of 17 (no split) stands for a group outside 8–12.
    const admin = admins[admins.length - 1]!;
    groups.find((g) => g.id === 'ADMIN')!.members = groups
      .find((g) => g.id === 'ADMIN')!
      .members.filter((m) => m !== admin); // no PLG of their own
  }

  const settings: Record<string, unknown> = {
    School: 'Riverside Middle School',
    'School year start': '2026-08-31',
    'School year end': '2027-06-18',
    'Time zone': options.timeZone ?? 'America/New_York',
    'School email domain': domain,
    'Registry owner': admins[0]!.email,
  };

  const staffRows = people.map((p) => ({
    Email: p.email,
    Name: p.name,
    Role: p.role,
    Department: p.department,
    'Grade levels': p.grades,
    'Facilitator trained on': p.trained ?? '',
    Active: 'Yes',
  }));
  // A protocol that fits each kind of group's work (the school can change it per meeting).
  const defaultProtocol: Record<string, string> = {
    facilitators: 'consultancy',
    administrators: 'tuning',
    department: 'collaborative-assessment',
    vertical: 'tuning',
    'grade level': 'data-driven-dialogue',
    interdisciplinary: 'success-analysis',
  };
  const groupRows = groups.map((g) => {
    const f = facilitatorOf.get(g.id)!;
    return {
      'Group id': g.id,
      Name: g.name,
      Configuration: g.configuration,
      'School goal': g.goal,
      Purpose: g.purpose,
      Facilitator: f.email,
      Coach: g.configuration === 'administrators' ? '' : coaches[groups.indexOf(g) % coaches.length]!.email,
      'Administrator liaison':
        g.configuration === 'administrators' ? '' : admins[groups.indexOf(g) % admins.length]!.email,
      Cadence: g.cadence,
      'Weeks of month': g.weeks ?? '',
      Weekday: g.weekday,
      'Start time': g.start,
      Minutes: g.minutes,
      Location:
        g.configuration === 'administrators' ? "Principal's conference room" : `Room ${100 + groups.indexOf(g) * 7}`,
      'First meeting': '2026-09-01',
      'Roster term end': findings && g.id === 'SCIE-1' ? '2030-06-30' : '2028-06-30',
      'Default protocol': defaultProtocol[g.configuration] ?? 'collaborative-assessment',
      Norms: 'Start and end on time\nAssume good intent\nStay on the protocol\nWhat is said here stays here',
      'Feedback questions':
        g.configuration === 'vertical' ? 'Did we look at work from more than one grade, and what did it show?' : '',
      Active: 'Yes',
    };
  });
  const memberRows = groups.flatMap((g) =>
    g.members.map((m) => ({
      'Group id': g.id,
      'Staff email': m.email,
      'Role in group': 'member',
      From: '',
      Until: '',
    })),
  );
  if (findings) {
    memberRows.push({
      'Group id': 'MATH-1',
      'Staff email': 'Mr. Smith',
      'Role in group': 'member',
      From: '',
      Until: '',
    });
    memberRows.push({ 'Group id': '', 'Staff email': '', 'Role in group': '', From: '', Until: '' });
  }
  const goalRows = [
    { 'Goal id': 'G1', Goal: 'Every student writes and revises an evidence-based argument in every course.' },
    {
      'Goal id': 'G2',
      Goal: 'Close the gap in grade-level math and reading for students with IEPs and English learners.',
    },
    { 'Goal id': 'G3', Goal: 'Every student feels known by at least one adult and belongs to a school community.' },
  ];
  const closureRows = [
    ['2026-09-07', '', 'Labor Day'],
    ['2026-09-21', '', 'Yom Kippur'],
    ['2026-10-12', '', "Indigenous Peoples' Day"],
    ['2026-11-11', '', 'Veterans Day'],
    ['2026-11-25', '2026-11-27', 'Thanksgiving break'],
    ['2026-12-23', '2027-01-01', 'Winter break'],
    ['2027-01-18', '', 'Martin Luther King Jr. Day'],
    ['2027-02-15', '2027-02-19', 'February break'],
    ['2027-04-19', '2027-04-23', 'April break'],
    ['2027-05-11', '2027-05-13', 'State testing'],
    ['2027-05-31', '', 'Memorial Day'],
  ].map(([from, until, reason]) => ({ From: from, Until: until, Reason: reason }));

  return {
    settings,
    admin: admins[0]!.email,
    tabs: { Staff: staffRows, Groups: groupRows, Members: memberRows, Goals: goalRows, Closures: closureRows },
  };
}

/** Cuts the school to its first `count` groups and their members (tests that replay a sync many times). */
export function keepFirstGroups(school: Pick<SampleSchool, 'tabs'>, count: number): void {
  const kept = new Set(school.tabs.Groups!.slice(0, count).map((g) => g['Group id']));
  school.tabs.Groups = school.tabs.Groups!.filter((g) => kept.has(g['Group id']));
  school.tabs.Members = school.tabs.Members!.filter((m) => kept.has(m['Group id']));
}
