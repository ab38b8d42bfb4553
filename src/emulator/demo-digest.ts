// The demo's weekly digest and year summaries: the admin turns the digest on for the simulated weeks (Settings ▸
// Weekly digest, typed as a person types it), and what the hourly runs mailed is written out as each reader's mail
// program would show it; the year summary Docs are written beside the agendas.
import { sentEmails } from './base-services/mail';
import { exportDocHtml } from './export/doc-html';
import type { EmulatedSchool } from './harness';
import { mimeTypes } from './workspace';

const digestSubject = /: your PLG week of /;
export const yearSummaryDocName = / — year summary \d{4}(–\d\d)? \[/;

export function turnOnWeeklyDigest(s: EmulatedSchool): void {
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const settings = sheets.openById(s.spreadsheetId).getSheetByName('Settings')!;
  const at = settings
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === 'Weekly digest');
  if (at >= 0) settings.getRange(at + 1, 2).setValue('Yes');
}

/** Each reader's latest digest as digests/<person>.html; returns how many were sent over the weeks, to how many. */
export function writeDigests(
  s: EmulatedSchool,
  write: (file: string, content: string) => void,
): { sent: number; people: number } {
  const digests = sentEmails(s.ws).filter((m) => digestSubject.test(m.subject));
  const latest = new Map(digests.map((m) => [m.to[0]!, m]));
  for (const [to, message] of latest) write(`digests/${fileSafe(to.split('@')[0]!)}.html`, message.htmlBody ?? '');
  return { sent: digests.length, people: latest.size };
}

/** Each year summary Doc as summaries/<group>.html; returns how many. */
export function writeYearSummaries(s: EmulatedSchool, write: (file: string, content: string) => void): number {
  const docs = Object.values(s.ws.files).filter(
    (f) => f.mimeType === mimeTypes.document && !f.trashed && yearSummaryDocName.test(f.name),
  );
  for (const doc of docs) write(`summaries/${fileSafe(doc.name.split(' — ')[0]!)}.html`, exportDocHtml(s.ws, doc.id));
  return docs.length;
}

function fileSafe(name: string): string {
  return name
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}
