// Reads a "Form Responses" tab as Google writes it: a Timestamp column, an "Email Address" column when the
// form collects emails, then one column per question titled with the question. A response that is
// malformed or foreign (a meeting PLG Hub does not know, a meeting of another PLG than the one whose form
// received it, a score outside 1–5) is reported with its row number and reason and left out of every count;
// a tab whose questions are not this form's is reported once.
//
// Each group has its own feedback form, so the form that received a response says which group it is about: a
// meeting key is only the meeting within that group. A key typed into (or carried by a link to) another group's
// form would otherwise let anyone add answers to a group that is not theirs — enough of them to lift a group
// over the anonymity threshold and show what its one real respondent wrote.
import { z } from 'zod';
import { dateCell } from '../registry/cells';
import type { Problem } from '../problems';
import { facilitatorOpenItems, facilitatorScaleItems } from './facilitator-survey-form';
import type { FormKind } from './form-model';
import type { Comment, FormResponse, ScaleIdOf } from './form-response';
import { healthOpenItems, healthScaleItems, notInAPlg, whichPlgTitle } from './health-survey-form';
import { optionalScore } from './score-cell';
import { meetingItemTitle, meetingScaleItems, oneThingToChangeItem } from './meeting-feedback-form';

export interface KnownRegistry {
  /** The responses tab's name, for problems. */
  tab: string;
  timeZone: string;
  /** Meeting key → group id, from the Meetings tab. */
  meetingGroups: ReadonlyMap<string, string>;
  /**
   * Group id → (the date its form lists a meeting by → meeting key): what a form asking "Meeting" as a dropdown of
   * dates answers (core/feedback/meeting-choices.ts). Forms made earlier answer with the key itself.
   */
  meetingsByLabel?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  groupNames: readonly string[];
  /**
   * Meeting feedback: the id of the group whose form received these responses. A response counts only for that
   * group's meetings; without it, no meeting response is counted.
   */
  formGroup?: string;
}

/** Why a response was left out of every count. */
export type UncountedReason = 'another PLG' | 'unknown meeting' | 'unknown PLG' | 'malformed';

export interface Uncounted {
  tab: string;
  row: number;
  reason: UncountedReason;
}

export interface ParsedResponses<K extends FormKind> {
  responses: FormResponse<K>[];
  problems: Problem[];
  /** One entry per response left out, with why. */
  uncounted: Uncounted[];
}

export const uncountedReasons: Record<UncountedReason, string> = {
  'another PLG': "for another PLG's meeting (sent through this group's form)",
  'unknown meeting': 'for a meeting that is not in the Meetings tab',
  'unknown PLG': 'for a PLG that is not in the Groups tab',
  malformed: 'incomplete or out of range',
};

const anotherGroupsMeeting =
  "is a meeting of another PLG — a response counts only through that meeting's own group's form";
const notAMeeting = 'is not a meeting in the Meetings tab';
const notAGroup = 'is not a PLG in the Groups tab';

const timestampHeader = 'Timestamp';
// Written by Forms, not answers: the email is deliberately never read (see form-response.ts).
const formMetadataHeaders = new Set([timestampHeader, 'Email Address', 'Score']);

interface Catalog {
  scales: readonly { id: string; title: string }[];
  comments: readonly { id: string; title: string }[];
  /** The question that says which group a response belongs to. */
  groupQuestion?: string;
}

const catalogs: Record<FormKind, Catalog> = {
  meeting: { scales: meetingScaleItems, comments: [oneThingToChangeItem], groupQuestion: meetingItemTitle },
  health: { scales: healthScaleItems, comments: healthOpenItems, groupQuestion: whichPlgTitle },
  facilitator: { scales: facilitatorScaleItems, comments: facilitatorOpenItems },
};

export function parseResponseRows<K extends FormKind>(
  kind: K,
  headerRow: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  known: KnownRegistry,
): ParsedResponses<K> {
  const catalog = catalogs[kind];
  const headers = headerRow.map((h) => String(h ?? '').trim());
  const expected = [
    timestampHeader,
    ...(catalog.groupQuestion ? [catalog.groupQuestion] : []),
    ...catalog.scales.map((s) => s.title),
  ];
  const missing = expected.filter((title) => !headers.includes(title));
  if (missing.length > 0) {
    return {
      responses: [],
      uncounted: [],
      problems: [
        {
          severity: 'error',
          tab: known.tab,
          row: 1,
          message:
            `these are not the ${kind} form's responses: no column for "${missing.join('", "')}" — ` +
            'link this tab to the right form, or restore the question titles',
        },
      ],
    };
  }

  const schema = rowSchemaFor(kind, catalog, headers, known);
  const responses: FormResponse<K>[] = [];
  const problems: Problem[] = [];
  const uncounted: Uncounted[] = [];
  rows.forEach((cells, index) => {
    if (cells.every((c) => c === '' || c === null || c === undefined)) return;
    const record = Object.fromEntries(headers.map((header, column) => [header, cells[column]]));
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      uncounted.push({ tab: known.tab, row: index + 2, reason: reasonOf(parsed.error.issues) });
      for (const issue of parsed.error.issues) {
        const header = String(issue.path[0] ?? '');
        problems.push({
          severity: 'warning',
          tab: known.tab,
          row: index + 2,
          column: header || undefined,
          value: header ? String(record[header] ?? '') : undefined,
          message: `${issue.message} — this response is not counted`,
        });
      }
      return;
    }
    responses.push(toResponse(kind, catalog, headers, parsed.data, known));
  });
  return { responses, problems, uncounted };
}

function reasonOf(issues: readonly { message: string }[]): UncountedReason {
  const messages = issues.map((i) => i.message);
  if (messages.includes(anotherGroupsMeeting)) return 'another PLG';
  if (messages.includes(notAMeeting)) return 'unknown meeting';
  if (messages.includes(notAGroup)) return 'unknown PLG';
  return 'malformed';
}

function rowSchemaFor(kind: FormKind, catalog: Catalog, headers: readonly string[], known: KnownRegistry) {
  const shape: Record<string, z.ZodType> = {};
  for (const header of headers) {
    if (header !== '' && !formMetadataHeaders.has(header)) shape[header] = freeText;
  }
  shape[timestampHeader] = dateCell({ timeZone: known.timeZone });
  for (const scale of catalog.scales) shape[scale.title] = optionalScore;
  if (kind === 'meeting') {
    const byLabel = known.formGroup !== undefined ? known.meetingsByLabel?.get(known.formGroup) : undefined;
    shape[meetingItemTitle] = requiredText('no meeting was chosen')
      .transform((answer) => byLabel?.get(answer) ?? answer)
      .refine((key) => known.meetingGroups.has(key), { error: notAMeeting, abort: true })
      .refine((key) => known.formGroup !== undefined && known.meetingGroups.get(key) === known.formGroup, {
        error: anotherGroupsMeeting,
      });
  }
  if (kind === 'health') {
    const allowed = [...known.groupNames, notInAPlg];
    shape[whichPlgTitle] = requiredText('no PLG was chosen')
      .transform((ticked) => tickedNames(ticked, allowed))
      .refine((names) => names !== undefined, { error: notAGroup });
  }
  return z.object(shape);
}

const trimmedOrUndefined = (value: unknown) => {
  const trimmed = value === null || value === undefined ? '' : String(value).trim();
  return trimmed === '' ? undefined : trimmed;
};

// Anything a person typed is an answer, even "#N/A" or "=1+1"; escaping happens when it is written to a cell.
const freeText = z.preprocess(trimmedOrUndefined, z.string().optional());

function requiredText(missingMessage: string) {
  return z.preprocess(trimmedOrUndefined, z.string({ error: missingMessage }));
}

function toResponse<K extends FormKind>(
  kind: K,
  catalog: Catalog,
  headers: readonly string[],
  data: Record<string, unknown>,
  known: KnownRegistry,
): FormResponse<K> {
  const scores: Partial<Record<string, number>> = {};
  for (const scale of catalog.scales) {
    const score = data[scale.title];
    if (typeof score === 'number') scores[scale.id] = score;
  }
  const standardTitles = new Set([
    ...catalog.scales.map((s) => s.title),
    ...catalog.comments.map((c) => c.title),
    ...(catalog.groupQuestion ? [catalog.groupQuestion] : []),
  ]);
  const commentQuestions = [
    ...catalog.comments.map((c) => ({ question: c.id, header: c.title })),
    // Questions a group added (or someone added by hand) are free text the summaries can show.
    ...headers
      .filter((h) => h !== '' && !standardTitles.has(h) && !formMetadataHeaders.has(h))
      .map((h) => ({ question: h, header: h })),
  ];
  const comments: Comment[] = [];
  for (const { question, header } of commentQuestions) {
    const answer = data[header];
    if (typeof answer === 'string' && answer !== '') comments.push({ question, text: answer });
  }

  const response: FormResponse<K> = {
    kind,
    submitted: data[timestampHeader] as string,
    scores: scores as Partial<Record<ScaleIdOf<K>, number>>,
    comments,
  };
  if (kind === 'meeting') {
    const meeting = data[meetingItemTitle] as string;
    response.meeting = meeting;
    response.group = known.meetingGroups.get(meeting);
  }
  if (kind === 'health') {
    // "I am not in a PLG" ticked beside a PLG's name: the PLG is what the answers are about.
    const groups = (data[whichPlgTitle] as string[]).filter((name) => name !== notInAPlg);
    if (groups.length) response.groups = groups;
  }
  return response;
}

/**
 * The names a checkbox answer ticked. Forms writes them into one cell joined by ", " — and a PLG's name may hold
 * ", " itself — so the cell is read against the names offered, longest first; undefined if any part is not one.
 */
export function tickedNames(cell: string, offered: readonly string[]): string[] | undefined {
  const names: string[] = [];
  const byLength = [...offered].sort((a, b) => b.length - a.length);
  let rest = cell;
  while (rest !== '') {
    const name = byLength.find((n) => rest === n || rest.startsWith(`${n}, `));
    if (!name) return undefined;
    if (!names.includes(name)) names.push(name);
    rest = rest.slice(name.length).replace(/^, /, '');
  }
  return names.length ? names : undefined;
}
