// The registry's tabs. Each column's note is what a school admin sees on the header cell; the guidance line
// a column serves is cited where it is not obvious (shared/seeds).
import { z } from 'zod';
import { choice, dateCell, email, limitedText, list, sentences, text, timeCell, wholeNumber, yesNo } from './cells';
import { cadences, groupConfigurations, meetingStatuses, memberRoles, staffRoles, weekdays } from './roles';
import { column, type RowOf, type TabSpec } from './tab-spec';

const optional =
  <S extends z.ZodType>(cell: (ctx: { timeZone: string }) => S) =>
  (ctx: { timeZone: string }) =>
    cell(ctx).optional();

export const staffTab = {
  name: 'Staff',
  about: 'Everyone who may belong to a PLG, one row per person; the email is the key.',
  columns: {
    email: column('Email', email, { required: true, note: 'School email address; the key other tabs refer to.' }),
    name: column('Name', limitedText(100, 'a name on cards and agendas'), {
      required: true,
      note: 'Full name as colleagues know it.',
    }),
    role: column('Role', choice(staffRoles), {
      required: true,
      options: staffRoles,
      note: 'What the person does at school.',
    }),
    department: column('Department', text.optional(), {
      note: 'Department or content area, e.g. Math, Art, Guidance.',
    }),
    gradeLevels: column('Grade levels', list, { note: 'Grades taught, separated by commas, e.g. 6, 7.' }),
    facilitatorTrainedOn: column('Facilitator trained on', optional(dateCell), {
      format: 'date',
      note: 'Date of formal facilitator training, if any ("PLGs are led by formally trained, skilled facilitators").',
    }),
    active: column('Active', yesNo.default(true), {
      options: ['Yes', 'No'],
      note: 'No = left or on leave: removed from future invitations.',
    }),
    // Read by the group builder only (core/builder), as plain text: a typo here is reported by Form groups at
    // its cell and never makes the person's Staff row unreadable. Optional, so registries made before these
    // columns existed read exactly as before; Set up adds them.
    keepTogether: column('Keep together with', list, {
      note: 'Optional, for Form groups: emails of colleagues to place in the same PLG, separated by commas.',
    }),
    keepApart: column('Keep apart from', list, {
      note: 'Optional, for Form groups: emails of colleagues never to place in the same PLG (e.g. an evaluator), separated by commas.',
    }),
  },
} satisfies TabSpec;

export const groupsTab = {
  name: 'Groups',
  about: 'Each PLG: who leads it, why it meets, and when and where.',
  columns: {
    id: column(
      'Group id',
      text.pipe(
        z.string().regex(/^[A-Za-z0-9-]{2,20}$/, { error: 'use 2–20 letters, digits or hyphens, e.g. MATH-6' }),
      ),
      {
        required: true,
        note: 'A short code for the group, e.g. MATH-6. Other tabs refer to it.',
      },
    ),
    name: column('Name', limitedText(100, 'an event, Doc or Form title'), {
      required: true,
      note: 'The name members see in Calendar.',
    }),
    configuration: column('Configuration', choice(groupConfigurations), {
      required: true,
      options: groupConfigurations,
      note: 'How the group is composed (department, vertical, grade level, interdisciplinary, administrators, facilitators).',
    }),
    goal: column('School goal', text.optional(), {
      note: "Goal id from the Goals tab that this group's purpose serves.",
    }),
    purpose: column('Purpose', limitedText(1_500, 'the purpose line of an invitation').optional(), {
      note: 'Why this group meets, in a sentence members can repeat.',
    }),
    facilitator: column('Facilitator', email.optional(), { note: 'Email of the trained facilitator.' }),
    coFacilitator: column('Co-facilitator', email.optional(), {
      note: 'Optional second facilitator ("Pair facilitators if you have enough").',
    }),
    coach: column('Coach', email.optional(), { note: 'Coach who supports the facilitator; can view agendas.' }),
    adminLiaison: column('Administrator liaison', email.optional(), {
      note: 'Administrator who supports the group; can view agendas.',
    }),
    cadence: column('Cadence', choice(cadences), {
      required: true,
      options: cadences,
      note: 'weekly, every other week, or monthly.',
    }),
    weeksOfMonth: column('Weeks of month', list, { note: 'For monthly: which weeks, e.g. "1, 3" or "last".' }),
    weekday: column('Weekday', choice(weekdays), { required: true, options: weekdays, note: 'Day the group meets.' }),
    makeUpDay: column('Make-up day', choice(weekdays).optional(), {
      options: weekdays,
      note: 'Where closures leave a month with fewer meetings than Settings asks, make-up meetings go on this weekday (blank = the usual Weekday).',
    }),
    startTime: column('Start time', timeCell, {
      format: 'time',
      required: true,
      note: 'Local start time, e.g. 15:30.',
    }),
    minutes: column('Minutes', wholeNumber(5, 480), {
      required: true,
      note: 'Length of each meeting (the guidance asks for at least 50).',
    }),
    location: column('Location', limitedText(200, "an event's location").optional(), { note: 'Room or place.' }),
    firstMeeting: column('First meeting', dateCell, {
      format: 'date',
      required: true,
      note: 'Date of the first meeting this year.',
    }),
    rosterTermEnd: column('Roster term end', optional(dateCell), {
      format: 'date',
      note: 'When this roster is reviewed; groups work best stable for 1–3 years.',
    }),
    defaultProtocol: column('Default protocol', text.optional(), {
      note: 'Protocol id from the Protocols tab used when a meeting names none.',
    }),
    norms: column('Norms', limitedText(1_500, 'the norms of an invitation').optional(), {
      note: "The group's agreed norms, one per line.",
    }),
    active: column('Active', yesNo.default(true), { options: ['Yes', 'No'], note: 'No = the group no longer meets.' }),
    feedbackQuestions: column(
      'Feedback questions',
      sentences.pipe(
        z
          .array(z.string())
          .max(10, {
            error: 'holds more than 10 questions — a feedback form should take a minute; keep the 10 that matter',
          })
          .refine((questions) => questions.every((q) => q.length <= 500), {
            error: 'has a question over 500 characters — a Form question holds a sentence, not a page; shorten it',
          }),
      ),
      {
        note: "The group's own questions for its end-of-meeting feedback form, separated by semicolons or new lines.",
      },
    ),
    folder: column('Agenda folder', text.optional(), {
      generated: true,
      internal: true,
      note: "Drive folder holding this group's agenda Docs; filled in by PLG Hub.",
    }),
    feedbackForm: column('Feedback form', text.optional(), {
      generated: true,
      internal: true,
      note: "This year's feedback Form (id); filled in by PLG Hub.",
    }),
    key: column(
      'PLG Hub key',
      text.optional().pipe(
        z
          .string()
          .regex(/^[A-Za-z0-9-]{2,20}$/, {
            error: 'is not a key PLG Hub made — clear the cell; PLG Hub fills it again',
          })
          .optional(),
      ),
      {
        generated: true,
        internal: true,
        note: "PLG Hub's own key for this group, filled in on the first preview. It stays when you rename the Group id, so the group keeps its meetings, events, agendas and form. Do not change it.",
      },
    ),
  },
} satisfies TabSpec;

export const membersTab = {
  name: 'Members',
  about: 'Who belongs to which group, and since when; rows are never deleted, so history is kept.',
  columns: {
    group: column('Group id', text, { required: true, note: 'Group id from the Groups tab.' }),
    email: column('Staff email', email, { required: true, note: 'Email from the Staff tab.' }),
    role: column('Role in group', choice(memberRoles).default('member'), {
      options: memberRoles,
      note: 'member or observer.',
    }),
    from: column('From', optional(dateCell), {
      format: 'date',
      note: 'First day in the group (blank = from the start).',
    }),
    until: column('Until', optional(dateCell), {
      format: 'date',
      note: 'Last day in the group (blank = still a member).',
    }),
    unavailable: column('Not available to present', list, {
      note: 'Meeting dates this person cannot present, e.g. 2026-10-06.',
    }),
  },
} satisfies TabSpec;

export const goalsTab = {
  name: 'Goals',
  about: "The school-wide goals every PLG's purpose ties back to.",
  columns: {
    id: column('Goal id', text, { required: true, note: 'A short code, e.g. G1.' }),
    goal: column('Goal', limitedText(500, 'the goal line of an invitation'), {
      required: true,
      note: 'The goal as the school agreed it.',
    }),
  },
} satisfies TabSpec;

export const closuresTab = {
  name: 'Closures',
  about: 'Holidays, breaks, testing days: no PLG meets on these dates.',
  columns: {
    from: column('From', dateCell, { format: 'date', required: true, note: 'First day closed.' }),
    until: column('Until', optional(dateCell), { format: 'date', note: 'Last day closed (blank = one day).' }),
    reason: column('Reason', limitedText(200, 'a preview line').optional(), {
      note: 'Shown in previews, e.g. Thanksgiving break.',
    }),
  },
} satisfies TabSpec;

export const meetingsTab = {
  name: 'Meetings',
  about: "Every meeting, generated from each group's cadence; move, cancel or plan one here.",
  columns: {
    key: column('Meeting', limitedText(100, 'a Calendar event id'), {
      required: true,
      generated: true,
      note: "PLG Hub's id for this meeting; do not change.",
    }),
    group: column('Group id', text, { required: true, note: 'Group id from the Groups tab.' }),
    date: column('Date', dateCell, { format: 'date', required: true, note: 'Change it to move this one meeting.' }),
    startTime: column('Start time', timeCell, { format: 'time', required: true, note: 'Local start time.' }),
    minutes: column('Minutes', wholeNumber(5, 480), { required: true, note: 'Length in minutes.' }),
    location: column('Location', limitedText(200, "an event's location").optional(), { note: 'Room or place.' }),
    status: column('Status', choice(meetingStatuses).default('scheduled'), {
      options: meetingStatuses,
      note: 'scheduled, canceled, or repurposed (the time was used for other business).',
    }),
    protocol: column('Protocol', text.optional(), { note: "Protocol id; blank = the group's default." }),
    presenter: column('Presenter', email.optional(), {
      note: 'Who shares work this time (everyone presents at least once a year).',
    }),
    focus: column('Focus question', limitedText(1_000, 'the focus line of an invitation').optional(), {
      note: "The presenter's question for the group.",
    }),
    timekeeper: column('Timekeeper', email.optional(), {
      generated: true,
      note: 'Rotated by PLG Hub; change if you like.',
    }),
    noteTaker: column('Note-taker', email.optional(), {
      generated: true,
      note: 'Rotated by PLG Hub; change if you like.',
    }),
    agenda: column('Agenda', text.optional(), { generated: true, note: "Link to this meeting's agenda Doc." }),
    feedback: column('Feedback link', text.optional(), { generated: true, note: "This meeting's feedback form link." }),
    outcomes: column('Outcomes', text.optional(), { note: 'What the meeting decided; read back from the agenda Doc.' }),
    nextSteps: column('Next steps', text.optional(), { note: 'Agreed next steps; read back from the agenda Doc.' }),
    generatedAs: column('Generated as', text.optional(), {
      generated: true,
      internal: true,
      note: 'What the schedule produced, so hand edits are kept.',
    }),
    eventId: column('Calendar event', text.optional(), {
      generated: true,
      internal: true,
      note: 'The Calendar event PLG Hub keeps for this meeting.',
    }),
    synced: column('Synced', text.optional(), {
      generated: true,
      internal: true,
      note: 'What was last sent to Calendar; used to spot changes.',
    }),
  },
} satisfies TabSpec;

export const attendanceTab = {
  name: 'Attendance',
  about: 'Who attended each meeting, read back from agenda Docs or typed here.',
  columns: {
    meeting: column('Meeting', text, { required: true, note: 'Meeting id from the Meetings tab.' }),
    email: column('Staff email', email, { required: true, note: 'Email from the Staff tab.' }),
    present: column('Present', yesNo, { required: true, options: ['Yes', 'No'], note: 'Yes or No.' }),
    source: column('Recorded from', text.optional(), { generated: true, note: 'Agenda Doc or typed by hand.' }),
  },
} satisfies TabSpec;

export type StaffRow = RowOf<typeof staffTab.columns>;
export type GroupRow = RowOf<typeof groupsTab.columns>;
export type MemberRow = RowOf<typeof membersTab.columns>;
export type GoalRow = RowOf<typeof goalsTab.columns>;
export type ClosureRow = RowOf<typeof closuresTab.columns>;
export type MeetingRow = RowOf<typeof meetingsTab.columns>;
export type AttendanceRow = RowOf<typeof attendanceTab.columns>;
