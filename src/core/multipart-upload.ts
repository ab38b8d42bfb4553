// A Drive multipart upload's body (https://developers.google.com/workspace/drive/api/guides/manage-uploads#multipart):
// "multipart/related", the file's metadata as JSON in the first part and its content in the second, so a file
// is made with its content in one request. The boundary is one that appears in neither part.
export function multipartUpload(
  metadata: unknown,
  media: { contentType: string; text: string },
  boundaryBase = 'plg-hub-upload',
): { contentType: string; payload: string } {
  const meta = JSON.stringify(metadata);
  let boundary = boundaryBase;
  for (let n = 1; meta.includes(boundary) || media.text.includes(boundary); n++) boundary = `${boundaryBase}-${n}`;
  const payload = [
    `--${boundary}`,
    'Content-Type: application/json; charset=UTF-8',
    '',
    meta,
    `--${boundary}`,
    `Content-Type: ${media.contentType}`,
    '',
    media.text,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { contentType: `multipart/related; boundary=${boundary}`, payload };
}
