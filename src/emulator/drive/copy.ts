// File.makeCopy: a new Drive file with the original's content. Each editor service copies its own content;
// a kind of file whose content the emulator cannot copy is refused rather than copied empty.
import { copyDocContent } from '../docs/model';
import { copyFormContent } from '../forms/model';
import type { QuotaName } from '../quotas';
import { mimeTypes, type FileRecord, type Workspace } from '../workspace';

interface ContentCopier {
  quota?: QuotaName;
  copy(ws: Workspace, fromId: string, toId: string): void;
}

const copiers: Record<string, ContentCopier> = {
  [mimeTypes.document]: { quota: 'documentsCreated', copy: copyDocContent },
  [mimeTypes.form]: { quota: 'formsCreated', copy: copyFormContent },
};

export function copyQuota(record: FileRecord): QuotaName | undefined {
  return copiers[record.mimeType]?.quota;
}

export function copyFile(ws: Workspace, original: FileRecord, name: string, parents: string[]): FileRecord {
  const copier = copiers[original.mimeType];
  if (!copier) throw new Error(`emulator: File.makeCopy cannot copy the content of ${original.mimeType} files`);
  const copy = ws.createFile({
    name,
    mimeType: original.mimeType,
    parents,
    description: original.description,
  });
  copier.copy(ws, original.id, copy.id);
  return copy;
}
