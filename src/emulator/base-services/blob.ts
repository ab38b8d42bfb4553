// A Blob: bytes with a content type and a name. Apps Script hands bytes to scripts as Java bytes,
// signed from -128 to 127. https://developers.google.com/apps-script/reference/base/blob
type Blob = GoogleAppsScript.Base.Blob;

type BlobMethods =
  | 'getBytes'
  | 'getDataAsString'
  | 'getName'
  | 'setName'
  | 'getContentType'
  | 'setContentType'
  | 'setDataFromString'
  | 'copyBlob'
  | 'getBlob';

export class EmulatedBlob implements Pick<Blob, BlobMethods> {
  constructor(
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  getDataAsString(charset?: string): string {
    return this.data.toString(bufferEncoding(charset));
  }

  setDataFromString(string: string, charset?: string): Blob {
    this.data = Buffer.from(string, bufferEncoding(charset));
    return this.self();
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    this.name = name;
    return this.self();
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this.self();
  }

  /** A Blob is its own BlobSource, so it can be passed wherever one is taken (DriveApp.createFile(blob)). */
  getBlob(): Blob {
    return this.self();
  }

  copyBlob(): Blob {
    return new EmulatedBlob(Buffer.from(this.data), this.contentType, this.name) as unknown as Blob;
  }

  private self(): Blob {
    return this as unknown as Blob;
  }
}

export function toSignedBytes(data: Buffer): number[] {
  return Array.from(data, (byte) => (byte > 127 ? byte - 256 : byte));
}

/** Bytes from a string (UTF-8 unless a charset is given) or from Apps Script's signed byte array. */
export function toBuffer(data: string | number[], charset?: string): Buffer {
  return typeof data === 'string' ? Buffer.from(data, bufferEncoding(charset)) : Buffer.from(data.map((b) => b & 0xff));
}

function bufferEncoding(charset?: string): BufferEncoding {
  const normalized = (charset ?? 'UTF-8')
    .toString()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (normalized === 'usascii') return 'ascii';
  if (normalized === 'iso88591') return 'latin1';
  return 'utf8';
}
