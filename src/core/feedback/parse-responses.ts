// Reads a "Form Responses" tab as Google writes it: a Timestamp column, an "Email Address" column when the
// form collects emails, then one column per question titled with the question. A response that is
// malformed or foreign (a meeting PLG Hub does not know, a score outside 1–5) is reported with its row
// number and left out of every count; a tab whose questions are not this form's is reported once.
import { z } from 'zod';
import { dateCell } from '../registry/cells';
import type { Problem } from '../problems';
import { facilitatorOpenItems, facilitatorScaleItems } from './facilitator-survey-form';
import type { FormKind } from './form-model';
import type { Comment, FormResponse, ScaleIdOf } from './form-response';
import { healthOpenItems, healthScaleItems, notInAPlg, whichPlgTitle } from './health-survey-form';
import { optionalScore } from './score-cell';
import { meetingKeyItem, meetingScaleItems, oneThingToChangeItem } from './meeting-feedback-form';

export interface KnownRegistry {
  /** The responses tab's name, for problems. */
  tab: string;
  timeZone: string;
  /** Meeting key → group id, from the Meetings tab. */
  meetingGroups: ReadonlyMap<string, string>;
  groupNames: readonly string[];
}

export interface ParsedResponses<K extends FormKind> {
  responses: FormResponse<K>[];
  problems: Problem[];
}

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
  meeting: { scales: meetingScaleItems, comments: [oneThingToChangeItem], groupQuestion: meetingKeyItem.title },
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
  rows.forEach((cells, index) => {
    if (cells.every((c) => c === '' || c === null || c === undefined)) return;
    const record = Object.fromEntries(headers.map((header, column) => [header, cells[column]]));
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
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
  return { responses, problems };
}

function rowSchemaFor(kind: FormKind, catalog: Catalog, headers: readonly string[], known: KnownRegistry) {
  const shape: Record<string, z.ZodType> = {};
  for (const header of headers) {
    if (header !== '' && !formMetadataHeaders.has(header)) shape[header] = freeText;
  }
  shape[timestampHeader] = dateCell({ timeZone: known.timeZone });
  for (const scale of catalog.scales) shape[scale.title] = optionalScore;
  if (kind === 'meeting') {
    shape[meetingKeyItem.title] = requiredText(
      "the meeting is missing — answers must come from a meeting's link",
    ).refine((key) => known.meetingGroups.has(key), { error: 'is not a meeting in the Meetings tab' });
  }
  if (kind === 'health') {
    const allowed = new Set([...known.groupNames, notInAPlg]);
    shape[whichPlgTitle] = requiredText('no PLG was chosen').refine((name) => allowed.has(name), {
      error: 'is not a PLG in the Groups tab',
    });
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
    const meeting = data[meetingKeyItem.title] as string;
    response.meeting = meeting;
    response.group = known.meetingGroups.get(meeting);
  }
  if (kind === 'health' && data[whichPlgTitle] !== notInAPlg) response.group = data[whichPlgTitle] as string;
  return response;
}
