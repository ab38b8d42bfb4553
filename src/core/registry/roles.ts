// Staff roles and group configurations, as the guidance names them (shared/seeds, "Structure": grouping
// configurations; single and small-cohort professionals, non-instructional staff, paraprofessionals).
export const staffRoles = [
  'teacher',
  'specialist',
  'special educator',
  'paraprofessional',
  'counselor',
  'social worker',
  'coach',
  'administrator',
  'other',
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Roles the guidance says "deserve thoughtful consideration and outreach as PLGs are configured". */
export const outreachRoles: readonly StaffRole[] = [
  'specialist',
  'special educator',
  'paraprofessional',
  'counselor',
  'social worker',
];

export const groupConfigurations = [
  'department',
  'vertical',
  'grade level',
  'interdisciplinary',
  'administrators',
  'facilitators',
  'other',
] as const;
export type GroupConfiguration = (typeof groupConfigurations)[number];

export const cadences = ['weekly', 'every other week', 'monthly'] as const;
export type Cadence = (typeof cadences)[number];

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Weekday = (typeof weekdays)[number];

export const memberRoles = ['member', 'observer'] as const;
export type MemberRole = (typeof memberRoles)[number];

/**
 * canceled: the meeting does not happen (its event is canceled). repurposed: the slot was held but used for other
 * business — a staff, department or committee meeting ("Meetings are called PLGs but are actually committee mtgs,
 * dept mtgs, data team mtgs, etc.", shared/seeds 000 Mindsets): the event stays, but it is not counted as a PLG
 * meeting held, gets no agenda, no roles and no PLG hours, and the dashboard counts it against the group.
 */
export const meetingStatuses = ['scheduled', 'canceled', 'repurposed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** Whether a meeting is PLG time: neither canceled nor used for other business. */
export function isPlgMeeting(status: MeetingStatus): boolean {
  return status === 'scheduled';
}
