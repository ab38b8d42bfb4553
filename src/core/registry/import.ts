// Staff import from the CSV a school's HR or student-information system exports: its columns are named
// differently ("E-mail", "Full name", "Position", "Dept"), so a mapping is suggested for the admin to confirm.
// Duplicates and addresses that are not emails are reported, never imported.
import type { Problem } from '../problems';
import { email } from './cells';
import { staffRoles, type StaffRole } from './roles';
import { staffTab } from './tabs';

export const staffImportTab = 'Staff import';

/** Parses CSV as RFC 4180 describes it: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, ''); // Excel's byte-order mark
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Which CSV column (0-based) holds each Staff value; a name may come whole or as first and last. */
export interface StaffImportMapping {
  email?: number;
  name?: number;
  firstName?: number;
  lastName?: number;
  role?: number;
  department?: number;
  gradeLevels?: number;
}

const headerNames: Record<keyof StaffImportMapping, string[]> = {
  email: ['email', 'e-mail', 'emailaddress', 'mail', 'schoolemail', 'workemail', 'staffemail'],
  name: ['name', 'fullname', 'staffname', 'displayname', 'employeename', 'teacher', 'teachername'],
  firstName: ['first', 'firstname', 'givenname', 'forename'],
  lastName: ['last', 'lastname', 'surname', 'familyname'],
  role: ['role', 'position', 'title', 'jobtitle', 'job', 'assignment'],
  department: ['department', 'dept', 'subject', 'contentarea', 'team'],
  gradeLevels: ['grade', 'grades', 'gradelevel', 'gradelevels'],
};

const comparable = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');

export function suggestMapping(headers: readonly string[]): StaffImportMapping {
  const mapping: StaffImportMapping = {};
  for (const [key, names] of Object.entries(headerNames) as [keyof StaffImportMapping, string[]][]) {
    const index = headers.findIndex((h) => names.map(comparable).includes(comparable(String(h ?? ''))));
    if (index >= 0) mapping[key] = index;
  }
  return mapping;
}

/**
 * A Staff row as it will be typed into the sheet, keyed like the Staff tab's columns; a staff list brings no
 * keep-together or keep-apart wishes (Form groups reads those, typed by the admin).
 */
export type StaffImportRow = Record<Exclude<keyof typeof staffTab.columns, 'keepTogether' | 'keepApart'>, string>;

export interface StaffImport {
  add: StaffImportRow[];
  problems: Problem[];
}

/**
 * `table` is the whole CSV, header row first. `existingEmails` are the addresses already on the Staff tab,
 * with their rows, so a person is never added twice.
 */
export function importStaff(
  table: readonly (readonly string[])[],
  mapping: StaffImportMapping,
  existingEmails: ReadonlyMap<string, number>,
): StaffImport {
  const add: StaffImportRow[] = [];
  const problems: Problem[] = [];
  const rowInFile = new Map<string, number>();
  const cell = (cells: readonly string[], index: number | undefined) =>
    index === undefined ? '' : String(cells[index] ?? '').trim();
  const emailHeader = staffTab.columns.email.header;

  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => String(c ?? '').trim() === '')) return;
    const typed = cell(cells, mapping.email);
    const problemAt = (message: string) =>
      problems.push({ severity: 'error', tab: staffImportTab, row, column: emailHeader, value: typed, message });
    const parsed = email.safeParse(typed === '' ? undefined : typed);
    if (!parsed.success) {
      problemAt(
        `${typed === '' ? 'has no email address' : 'is not an email address'} — fix it in the file; this person was not imported`,
      );
      return;
    }
    const address = parsed.data;
    const onStaff = existingEmails.get(address);
    if (onStaff !== undefined) {
      problemAt(`is already on the Staff tab (row ${onStaff}) — not imported again`);
      return;
    }
    const earlier = rowInFile.get(address);
    if (earlier !== undefined) {
      problemAt(`appears earlier in the file (row ${earlier}) — only the first is imported`);
      return;
    }
    rowInFile.set(address, row);
    const name =
      cell(cells, mapping.name) || `${cell(cells, mapping.firstName)} ${cell(cells, mapping.lastName)}`.trim();
    add.push({
      email: address,
      name: name || address,
      role: roleFromPosition(cell(cells, mapping.role)),
      department: cell(cells, mapping.department),
      gradeLevels: cell(cells, mapping.gradeLevels),
      facilitatorTrainedOn: '',
      active: 'Yes',
    });
  });
  return { add, problems };
}

/**
 * A job title ("Grade 6 Math Teacher", "Instructional Aide", "School Counselor") read as a Staff role; the most
 * specific words are tried first so a "Special Education Teacher" is not just a teacher.
 */
export function roleFromPosition(position: string): StaffRole {
  const p = position.toLowerCase();
  const exact = staffRoles.find((role) => role === p);
  if (exact) return exact;
  const byWords: [RegExp, StaffRole][] = [
    [/\bpara|aide\b|assistant teacher|teaching assistant/, 'paraprofessional'],
    [/special ed|sped|resource|inclusion|learning support/, 'special educator'],
    [/social work/, 'social worker'],
    [/counsel|guidance/, 'counselor'],
    [/coach/, 'coach'],
    [/principal|admin|dean|director|superintendent|head of school/, 'administrator'],
    [
      /\bart\b|music|band|chorus|world language|spanish|french|health|physical ed|\bp\.?e\.?\b|librar|technology|\besl\b|\bell\b/,
      'specialist',
    ],
    [/teacher|instructor|educator/, 'teacher'],
  ];
  return byWords.find(([pattern]) => pattern.test(p))?.[1] ?? 'other';
}
