// What every element handle of one opened Doc shares: the workspace, the Doc's id, whether calls are
// metered (a script's are; a simulated person typing is not), and whether the script closed the Doc.
import { isWriteMethod, requireAccess, type AccessErrors } from '../access';
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { cannotEditDocument, missingDocument } from './messages';
import { docsState, type DocData, type DocNode } from './model';

/** Makes the handle for a node of this Doc ('body' for the body itself); set by whoever opens the Doc. */
export type WrapNode = (ctx: DocContext, node: DocNode | 'body') => GoogleAppsScript.Document.Element;

// Document.saveAndClose: "Attempting to edit a closed document throws an exception"
// (https://developers.google.com/apps-script/reference/document/document#saveAndClose()).
export const documentClosed = 'Document is closed, its contents cannot be updated.';

export const docErrors: AccessErrors = {
  hidden: () => appsScriptError(missingDocument),
  denied: () => appsScriptError(cannotEditDocument),
};

export class DocContext {
  closed = false;

  constructor(
    readonly ws: Workspace,
    readonly docId: string,
    private readonly metered: boolean,
    private readonly wrapNode: WrapNode,
  ) {}

  wrap(node: DocNode | 'body'): GoogleAppsScript.Document.Element {
    return this.wrapNode(this, node);
  }

  /**
   * Meters one server-side call (`Class.method`) and returns the Doc's data, if the signed-in user may still do
   * what the method does: read with any role, change with edit access (checked on every call, so access
   * removed mid-run stops the next edit). A simulated person typing (unmetered) is not checked.
   */
  call(kind: string): DocData {
    if (this.metered) {
      this.ws.meter.call(`DocumentApp.${kind}`);
      const method = kind.slice(kind.lastIndexOf('.') + 1);
      requireAccess(this.ws, this.ws.files[this.docId], isWriteMethod(method) ? 'write' : 'read', docErrors);
    }
    if (this.closed) throw appsScriptError(documentClosed);
    return this.data();
  }

  data(): DocData {
    const doc = docsState(this.ws).docs[this.docId];
    if (!doc) throw new Error(`emulator: Doc ${this.docId} has no content`);
    return doc;
  }

  /** Records a content change: Drive's "last updated" moves, as it does when anyone edits a Doc. */
  changed(): void {
    const file = this.ws.files[this.docId];
    if (file) file.updatedMs = this.ws.clock.nowMs;
  }
}
