// FileIterator / FolderIterator over a snapshot of ids taken when the listing was asked for.
import { appsScriptError } from '../errors';
import { iteratorExhausted } from './messages';

export class DriveIterator<T> {
  private position = 0;

  constructor(
    private readonly ids: string[],
    private readonly open: (id: string) => T,
  ) {}

  hasNext(): boolean {
    return this.position < this.ids.length;
  }

  next(): T {
    if (!this.hasNext()) throw appsScriptError(iteratorExhausted);
    return this.open(this.ids[this.position++]!);
  }

  getContinuationToken(): string {
    return `${this.position}:${this.ids.join(',')}`;
  }
}

/** Apps Script's two iterator classes behave alike; they are kept apart so a caller knows which it holds. */
export class FileIterator<T> extends DriveIterator<T> {}
export class FolderIterator<T> extends DriveIterator<T> {}
