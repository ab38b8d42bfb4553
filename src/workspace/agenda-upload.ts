// Agenda Docs made in one request each: the agenda's HTML uploaded to Drive as a Google Doc (Drive converts it,
// https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs), straight into the group's
// folder, tagged with the meeting's key in appProperties (private to PLG Hub:
// https://developers.google.com/workspace/drive/api/guides/properties). A Doc appears whole or not at all, so
// there is no half-made agenda to finish; a run stopped after Drive made one but before its link was recorded
// finds it by that tag in one listing of the folder and records it instead of making a second. Many are sent at
// once (UrlFetchApp.fetchAll), so a dozen agendas take about as long as one.
import { z } from 'zod';
import { multipartUpload } from '../core/multipart-upload';
import { driveLiteral, parsedBody, queryString, restCalls, restFailure, type RestCall } from './google-rest';

const driveFiles = 'https://www.googleapis.com/drive/v3/files';
const uploadFiles = 'https://www.googleapis.com/upload/drive/v3/files';
const docMime = 'application/vnd.google-apps.document';
/** The appProperties key that names the meeting an agenda is for. */
export const meetingProperty = 'plgHubMeeting';

export interface AgendaUpload {
  folderId: string;
  name: string;
  meetingKey: string;
  html: string;
}

export interface FoundAgenda {
  id: string;
  name: string;
  meetingKey?: string;
  /** Owned by the person running PLG Hub ("owners[].me"). */
  mine: boolean;
}

const listing = z.object({
  files: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      appProperties: z.record(z.string(), z.string()).optional(),
      owners: z.array(z.object({ me: z.boolean().optional() })).optional(),
    }),
  ),
  nextPageToken: z.string().optional(),
});

const created = z.object({ id: z.string().min(1) });

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

function listCall(folderId: string, pageToken?: string): RestCall {
  const q = `${driveLiteral(folderId)} in parents and trashed = false and mimeType = '${docMime}'`;
  const params = queryString({
    q,
    pageSize: '1000',
    fields: 'files(id,name,appProperties,owners),nextPageToken',
    ...(pageToken ? { pageToken } : {}),
  });
  return { method: 'get', url: `${driveFiles}?${params}` };
}

/** The agenda Docs already in each folder, all folders listed at once (a folder holds a year's agendas: one page). */
export function agendasInFolders(folderIds: readonly string[]): Map<string, FoundAgenda[]> {
  const found = new Map<string, FoundAgenda[]>();
  let pending = folderIds.map((id) => ({ folderId: id, pageToken: undefined as string | undefined }));
  while (pending.length > 0) {
    const results = restCalls(pending.map((p) => listCall(p.folderId, p.pageToken)));
    const next: typeof pending = [];
    results.forEach((result, i) => {
      const { folderId } = pending[i]!;
      if (result.status !== 200) throw restFailure(result, 'Listing an agenda folder');
      const page = parsedBody(result, listing, 'Listing an agenda folder');
      const list = found.get(folderId) ?? [];
      for (const f of page.files)
        list.push({
          id: f.id,
          name: f.name,
          meetingKey: f.appProperties?.[meetingProperty],
          mine: (f.owners ?? []).some((o) => o.me === true),
        });
      found.set(folderId, list);
      if (page.nextPageToken) next.push({ folderId, pageToken: page.nextPageToken });
    });
    pending = next;
  }
  return found;
}

/** A multipart/related body: the file's metadata, then its HTML (a boundary that appears in neither). */
export function uploadBody(upload: AgendaUpload): { contentType: string; payload: string } {
  const metadata = {
    name: upload.name,
    mimeType: docMime,
    parents: [upload.folderId],
    appProperties: { [meetingProperty]: upload.meetingKey },
  };
  return multipartUpload(metadata, { contentType: 'text/html; charset=UTF-8', text: upload.html }, 'plg-hub-agenda');
}

/** Uploads the agendas at once; each answer is the new Doc's id, or the Error Google gave for it. */
export function uploadAgendas(uploads: readonly AgendaUpload[]): (string | Error)[] {
  const results = restCalls(
    uploads.map((u) => ({ method: 'post', url: `${uploadFiles}?uploadType=multipart&fields=id`, raw: uploadBody(u) })),
    // A 5xx may come after Drive made the Doc: the next run finds it by its tag rather than make a second.
    { retryServerErrors: false },
  );
  return results.map((result, i) =>
    result.status === 200
      ? parsedBody(result, created, `Making the agenda ${uploads[i]!.name}`).id
      : restFailure(result, `Making the agenda ${uploads[i]!.name}`),
  );
}
