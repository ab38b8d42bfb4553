// Docs' Document: a Doc opened by the script. Its name is the Drive file's name.
// https://developers.google.com/apps-script/reference/document/document
import { appsScriptError } from '../errors';
import { grantAll, holders, revokeOne } from '../drive/editor-sharing';
import type { FileRecord } from '../workspace';
import { bodyHandle } from './body';
import type { DocContext } from './context';
import { missingDocument } from './messages';

type Document = GoogleAppsScript.Document.Document;

type DocumentMethods =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getBody'
  | 'saveAndClose'
  | 'getEditors'
  | 'getViewers'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'addViewer'
  | 'addViewers'
  | 'removeViewer';

export class DocumentHandle implements Pick<Document, DocumentMethods> {
  constructor(private readonly ctx: DocContext) {}

  /** "toString should return 'Document'" (gas-fakes test/testdocs.js, live-passing). */
  toString(): string {
    return 'Document';
  }

  getId(): string {
    return this.ctx.docId;
  }

  getName(): string {
    return this.file('getName').name;
  }

  setName(name: string): Document {
    const file = this.file('setName');
    file.name = String(name);
    this.ctx.changed();
    return this as unknown as Document;
  }

  getUrl(): string {
    this.file('getUrl');
    return `https://docs.google.com/open?id=${this.ctx.docId}`;
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.ctx.call('Document.getBody');
    return bodyHandle(this.ctx);
  }

  /** Later calls on this Document or any element taken from it throw, as in Apps Script. */
  saveAndClose(): void {
    this.ctx.call('Document.saveAndClose');
    this.ctx.closed = true;
  }

  // Sharing, through DocumentApp's own methods (its scopes, not Drive's), on the same Drive record.
  getEditors(): GoogleAppsScript.Base.User[] {
    return holders(this.ctx.ws, this.file('getEditors'), ['writer']) as unknown as GoogleAppsScript.Base.User[];
  }

  /** Viewers and commenters. */
  getViewers(): GoogleAppsScript.Base.User[] {
    const file = this.file('getViewers');
    return holders(this.ctx.ws, file, ['reader', 'commenter']) as unknown as GoogleAppsScript.Base.User[];
  }

  addEditor(user: string | GoogleAppsScript.Base.User): Document {
    grantAll(this.file('addEditor'), [user], 'writer');
    return this as unknown as Document;
  }

  addEditors(emailAddresses: string[]): Document {
    grantAll(this.file('addEditors'), emailAddresses, 'writer');
    return this as unknown as Document;
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): Document {
    revokeOne(this.file('removeEditor'), user, ['writer']);
    return this as unknown as Document;
  }

  addViewer(user: string | GoogleAppsScript.Base.User): Document {
    grantAll(this.file('addViewer'), [user], 'reader');
    return this as unknown as Document;
  }

  addViewers(emailAddresses: string[]): Document {
    grantAll(this.file('addViewers'), emailAddresses, 'reader');
    return this as unknown as Document;
  }

  removeViewer(user: string | GoogleAppsScript.Base.User): Document {
    revokeOne(this.file('removeViewer'), user, ['reader', 'commenter']);
    return this as unknown as Document;
  }

  private file(method: string): FileRecord {
    this.ctx.call(`Document.${method}`);
    const file = this.ctx.ws.files[this.ctx.docId];
    if (!file) throw appsScriptError(missingDocument);
    return file;
  }
}
