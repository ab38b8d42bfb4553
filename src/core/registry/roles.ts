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

export const meetingStatuses = ['scheduled', 'canceled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
