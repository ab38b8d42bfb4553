// Who may use a form through FormApp: anyone who can open it may read it; only its editors may change it.
// Checked on every call, as the signed-in user.
import { isWriteMethod, requireAccess, type AccessErrors } from '../access';
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { cannotEditForm, missingForm } from './messages';

export const formErrors: AccessErrors = {
  hidden: () => appsScriptError(missingForm),
  denied: () => appsScriptError(cannotEditForm),
};

export function checkFormAccess(ws: Workspace, formId: string, method: string): void {
  requireAccess(ws, ws.files[formId], isWriteMethod(method) ? 'write' : 'read', formErrors);
}
