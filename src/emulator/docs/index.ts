// The emulated DocumentApp.
// https://developers.google.com/apps-script/reference/document/document-app
import { canOpen } from '../access';
import { appsScriptError } from '../errors';
import { mimeTypes, type Workspace } from '../workspace';
import { bodyHandle } from './body';
import { DocContext } from './context';
import { DocumentHandle } from './document';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { missingDocument } from './messages';
import { blocksText, createDocData, docsState } from './model';
import { wrapNode } from './wrap';

export { copyDocContent } from './model';

type Document = GoogleAppsScript.Document.Document;
type DocumentAppMethods = 'create' | 'openById' | 'openByUrl' | 'getActiveDocument';

class EmulatedDocumentApp implements Pick<GoogleAppsScript.Document.DocumentApp, DocumentAppMethods> {
  readonly ParagraphHeading = ParagraphHeading as unknown as typeof GoogleAppsScript.Document.ParagraphHeading;
  readonly GlyphType = GlyphType as unknown as typeof GoogleAppsScript.Document.GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment;
  readonly Attribute = Attribute as unknown as typeof GoogleAppsScript.Document.Attribute;
  readonly ElementType = ElementType as unknown as typeof GoogleAppsScript.Document.ElementType;

  constructor(private readonly ws: Workspace) {}

  create(name: string): Document {
    this.ws.meter.call('DocumentApp.create', 'documentsCreated');
    const file = this.ws.createFile({ name: String(name), mimeType: mimeTypes.document });
    createDocData(this.ws, file.id);
    return openDocument(this.ws, file.id);
  }

  openById(id: string): Document {
    this.ws.meter.call('DocumentApp.openById');
    return openDocument(this.ws, this.openableId(String(id)));
  }

  openByUrl(url: string): Document {
    this.ws.meter.call('DocumentApp.openByUrl');
    const id = /\/d\/([\w-]+)/.exec(url)?.[1] ?? /[?&]id=([\w-]+)/.exec(url)?.[1] ?? '';
    return openDocument(this.ws, this.openableId(id));
  }

  /** The Doc a bound script or Docs add-on runs in; null elsewhere, and for someone who cannot open it. */
  getActiveDocument(): Document {
    this.ws.meter.call('DocumentApp.getActiveDocument');
    const id = docsState(this.ws).activeDocumentId;
    const file = id ? this.ws.file(id) : undefined;
    return (file && canOpen(this.ws, file) ? openDocument(this.ws, file.id) : null) as Document;
  }

  private openableId(id: string): string {
    const file = this.ws.file(id);
    const isDoc = file?.mimeType === mimeTypes.document && docsState(this.ws).docs[id];
    if (!file || !isDoc || !canOpen(this.ws, file)) throw appsScriptError(missingDocument);
    return id;
  }
}

function openDocument(ws: Workspace, id: string, metered = true): Document {
  return new DocumentHandle(new DocContext(ws, id, metered, wrapNode)) as unknown as Document;
}

export function createDocumentApp(ws: Workspace): GoogleAppsScript.Document.DocumentApp {
  return new EmulatedDocumentApp(ws) as unknown as GoogleAppsScript.Document.DocumentApp;
}

/** Makes `id` the Doc the add-on is open in (DocumentApp.getActiveDocument). */
export function setActiveDocument(ws: Workspace, id: string | null): void {
  docsState(ws).activeDocumentId = id;
}

/**
 * Test hook: a person editing the Doc in the browser (filling in outcomes, ticking attendance). Not metered,
 * and Drive's last-updated time moves as it does for any edit.
 */
export function userEditDoc(ws: Workspace, docId: string, edit: (body: GoogleAppsScript.Document.Body) => void): void {
  if (!docsState(ws).docs[docId]) throw new Error(`userEditDoc: no Doc ${docId}`);
  const ctx = new DocContext(ws, docId, false, wrapNode);
  edit(bodyHandle(ctx));
  ctx.changed();
}

/** Test hook: the Doc's plain text, one line per paragraph or table row (its cells tab-separated). */
export function docText(ws: Workspace, docId: string): string {
  const doc = docsState(ws).docs[docId];
  if (!doc) throw new Error(`docText: no Doc ${docId}`);
  return blocksText(doc.body, '\t');
}
