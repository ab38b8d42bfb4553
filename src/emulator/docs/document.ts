// Docs' Document: a Doc opened by the script. Its name is the Drive file's name.
// https://developers.google.com/apps-script/reference/document/document
import { appsScriptError } from '../errors';
import type { FileRecord } from '../workspace';
import { bodyHandle } from './body';
import type { DocContext } from './context';
import { missingDocument } from './messages';

type Document = GoogleAppsScript.Document.Document;

type DocumentMethods = 'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose';

export class DocumentHandle implements Pick<Document, DocumentMethods> {
  constructor(private readonly ctx: DocContext) {}

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

  private file(method: string): FileRecord {
    this.ctx.call(`Document.${method}`);
    const file = this.ctx.ws.files[this.ctx.docId];
    if (!file) throw appsScriptError(missingDocument);
    return file;
  }
}
