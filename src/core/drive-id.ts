// The file id inside a Google link, in each form Google hands out: ".../d/<id>/edit" (Docs, Forms, Sheets)
// and ".../open?id=<id>" (what Document.getUrl returns); a bare id passes through.
export function fileIdOf(link: string | undefined): string | undefined {
  if (!link) return undefined;
  const match =
    /\/d\/([-\w]{10,})/.exec(link) ?? /[?&]id=([-\w]{10,})/.exec(link) ?? /^([-\w]{10,})$/.exec(link.trim());
  return match?.[1];
}
