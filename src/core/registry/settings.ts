// The Settings tab: one setting per row ("Setting", "Value", "What it means"), so a school reads it top to
// bottom. Defaults come from the guidance (shared/seeds, "Structure": at least 50 minutes, at least twice
// monthly; "Create groups of 8-12").
import { z } from 'zod';
import { choice, dateCell, email, limitedText, text, wholeNumber, yesNo } from './cells';
import { checkTimeZone } from '../schedule/time-zone-names';

export interface SettingSpec {
  key: string;
  label: string;
  about: string;
  /** What Set up writes for a new registry ('' = the admin must fill it in). */
  initial: string | number | boolean;
  options?: readonly string[];
  generated?: boolean;
}

export const settingSpecs: readonly SettingSpec[] = [
  { key: 'school', label: 'School', about: 'School name, shown on agendas and forms.', initial: '' },
  { key: 'yearStart', label: 'School year start', about: 'First day of the school year.', initial: '' },
  { key: 'yearEnd', label: 'School year end', about: 'Last day; forms close after it.', initial: '' },
  {
    key: 'timeZone',
    label: 'Time zone',
    about:
      "The school's time zone (pick from the list); every date and time in the registry is a wall-clock time there.",
    initial: 'America/New_York',
  },
  { key: 'domain', label: 'School email domain', about: 'Only addresses at this domain are invited.', initial: '' },
  {
    key: 'allowExternalGuests',
    label: 'Allow guests outside the domain',
    about: 'Yes lets outside addresses be invited.',
    initial: 'No',
    options: ['Yes', 'No'],
  },
  {
    key: 'quietStart',
    label: 'Quiet start',
    about:
      "Yes: meetings are added to people's calendars without one invitation email per meeting; instead each person gets one welcome email listing their group, facilitator, role and every meeting with its links (shown on Preview first). People already invited are not welcomed again; later moves, cancellations and guest changes are emailed as usual.",
    initial: 'No',
    options: ['Yes', 'No'],
  },
  { key: 'minMinutes', label: 'Minimum meeting minutes', about: 'The guidance asks for at least 50.', initial: 50 },
  {
    key: 'minMeetingsPerMonth',
    label: 'Minimum meetings per month',
    about: 'The guidance asks for at least twice monthly.',
    initial: 2,
  },
  { key: 'groupSizeMin', label: 'Smallest group', about: 'The guidance suggests groups of 8–12.', initial: 8 },
  { key: 'groupSizeMax', label: 'Largest group', about: 'The guidance suggests groups of 8–12.', initial: 12 },
  {
    key: 'anonymityThreshold',
    label: 'Fewest responses shown',
    about: 'Results of a group with fewer responses stay hidden.',
    initial: 3,
  },
  {
    key: 'collectEmails',
    label: 'Collect respondent emails',
    about: 'No keeps feedback anonymous (recommended).',
    initial: 'No',
    options: ['Yes', 'No'],
  },
  {
    key: 'agendaLeadDays',
    label: 'Agenda lead days',
    about: 'Agenda Docs are made this many days before each meeting.',
    initial: 7,
  },
  {
    key: 'agendaAccess',
    label: 'Members may',
    about: 'edit or comment on agenda Docs.',
    initial: 'edit',
    options: ['edit', 'comment'],
  },
  {
    key: 'agendaTemplate',
    label: 'Agenda template Doc',
    about: 'Optional: id or link of your own template with {{placeholders}}.',
    initial: '',
  },
  {
    key: 'surveyMonths',
    label: 'Health survey months',
    about: 'Months the PLG health survey goes out, e.g. 10, 1, 4.',
    initial: '10, 1, 4',
  },
  {
    key: 'surveyAudience',
    label: 'Health survey goes to',
    about: 'members (everyone in a PLG) or all staff.',
    initial: 'members',
    options: ['members', 'all staff'],
  },
  {
    key: 'calendarName',
    label: 'Calendar name',
    about: 'Name of the PLG calendar PLG Hub creates.',
    initial: 'PLG meetings',
  },
  { key: 'calendarId', label: 'Calendar id', about: 'Filled in by the first sync.', initial: '', generated: true },
  {
    key: 'folderId',
    label: 'Drive folder id',
    about: 'PLG Hub folder for agendas and forms; filled in automatically.',
    initial: '',
    generated: true,
  },
  { key: 'adminEmail', label: 'Registry owner', about: 'Who runs syncs; receives the run reports.', initial: '' },
  // The weekly digest (workspace/digest-send.ts): off until the school turns it on.
  {
    key: 'weeklyDigest',
    label: 'Weekly digest',
    about:
      "Yes emails each group's facilitators and administrator liaison, every Monday (the school's time), what needs attention in their groups.",
    initial: 'No',
    options: ['Yes', 'No'],
  },
  {
    key: 'attendanceBelow',
    label: 'Attendance below',
    about:
      "The weekly digest names members who attended fewer than this percent of their group's recorded meetings (to that group's facilitators and liaison only).",
    initial: 75,
  },
];

const monthList = z.preprocess(
  (v) =>
    v === '' || v === undefined
      ? []
      : String(v)
          .split(/[,;\s]+/)
          .filter(Boolean)
          .map(Number),
  z.array(z.number().int().min(1).max(12), { error: 'list months as numbers 1–12, e.g. 10, 1, 4' }),
);

/**
 * A canonical IANA zone from the list Google Calendar offers (the Settings dropdown). Abbreviations, links and
 * offsets (EST, US/Eastern, GMT+5) are refused with the canonical name to use: "EST" is a valid tz id, but a
 * fixed offset with no daylight saving and an odd history, which would move every meeting.
 */
const timeZoneName = text.superRefine((typed, ctx) => {
  const checked = checkTimeZone(typed);
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message });
});

/** Settings as the rest of PLG Hub uses them. Dates need the zone, which is itself a setting. */
export function settingsSchema(timeZone: string) {
  return z
    .object({
      school: limitedText(100, 'an agenda, form or email title'),
      yearStart: dateCell({ timeZone }),
      yearEnd: dateCell({ timeZone }),
      timeZone: timeZoneName,
      domain: text.transform((d) => d.toLowerCase().replace(/^@/, '')),
      allowExternalGuests: yesNo.default(false),
      // A registry from before the row reads as No: today's invitations, one per meeting (core/sync/welcome-plan.ts).
      quietStart: yesNo.default(false),
      minMinutes: wholeNumber(1, 480).default(50),
      minMeetingsPerMonth: wholeNumber(0, 31).default(2),
      groupSizeMin: wholeNumber(1, 100).default(8),
      groupSizeMax: wholeNumber(1, 100).default(12),
      anonymityThreshold: wholeNumber(1, 100).default(3),
      collectEmails: yesNo.default(false),
      agendaLeadDays: wholeNumber(0, 60).default(7),
      agendaAccess: choice(['edit', 'comment'] as const).default('edit'),
      agendaTemplate: text.optional(),
      surveyMonths: monthList.default([10, 1, 4]),
      surveyAudience: choice(['members', 'all staff'] as const).default('members'),
      calendarName: limitedText(100, 'a calendar name').default('PLG meetings'),
      calendarId: text.optional(),
      folderId: text.optional(),
      adminEmail: email.optional(),
      // The weekly digest.
      weeklyDigest: yesNo.default(false),
      attendanceBelow: wholeNumber(1, 100).default(75),
    })
    .refine((s) => s.yearStart < s.yearEnd, { error: 'the school year must end after it starts', path: ['yearEnd'] })
    .refine((s) => s.groupSizeMin <= s.groupSizeMax, {
      error: 'the smallest group must not be larger than the largest',
      path: ['groupSizeMax'],
    });
}

export type Settings = z.output<ReturnType<typeof settingsSchema>>;
