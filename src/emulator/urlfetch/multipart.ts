// multipart bodies (RFC 2046) as Google's APIs take them: multipart/related for an upload with metadata
// (https://developers.google.com/workspace/drive/api/guides/manage-uploads#multipart) and multipart/mixed for a
// batch (https://developers.google.com/workspace/calendar/api/guides/batch). Parts are separated by
// "--boundary" lines and end at "--boundary--"; each part has headers, a blank line, then its body.

export interface Part {
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** The boundary a Content-Type names, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  return /boundary=(?:"([^"]+)"|([^;\s]+))/i
    .exec(contentType ?? '')
    ?.slice(1)
    .find(Boolean);
}

/** The parts of a multipart body; undefined when it is not one (no boundary, no closing delimiter). */
export function parseMultipart(body: string, boundary: string): Part[] | undefined {
  const delimiter = `--${boundary}`;
  const end = body.indexOf(`${delimiter}--`);
  if (end < 0) return undefined;
  const chunks = body.slice(0, end).split(delimiter).slice(1);
  return chunks.map((chunk) => {
    const text = chunk.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
    const split = /\r?\n\r?\n/.exec(text);
    const head = split ? text.slice(0, split.index) : text;
    const partBody = split ? text.slice(split.index + split[0].length) : '';
    const headers: Record<string, string> = {};
    for (const line of head.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { headers, body: partBody };
  });
}
