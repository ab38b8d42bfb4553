// FormResponse.toPrefilledUrl: the published form's URL with each answer as an "entry.<id>" parameter,
// values form-encoded (spaces as "+"), one parameter per ticked checkbox and per answered grid row.
// https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
import type { AnswerValue, FormData } from './model';

export function publishedUrl(form: FormData): string {
  return `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
}

export function prefilledUrl(form: FormData, answers: { itemId: number; value: AnswerValue }[]): string {
  const params: string[] = ['usp=pp_url'];
  for (const { itemId, value } of answers) {
    const item = form.items.find((i) => i.id === itemId);
    if (!item) continue;
    if (item.type === 'GRID') {
      (value as (string | null)[]).forEach((column, row) => {
        if (column !== null) params.push(`entry.${item.entryIds[row]}=${formEncode(column)}`);
      });
    } else {
      for (const v of Array.isArray(value) ? value : [value])
        params.push(`entry.${item.entryIds[0]}=${formEncode(String(v))}`);
    }
  }
  return `${publishedUrl(form)}?${params.join('&')}`;
}

function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/** The answer a prefilled link carries for its (single) prefilled question, as a respondent's form shows it. */
export function prefilledAnswerOf(url: string): string | undefined {
  const match = /[?&]entry\.\d+=([^&]*)/.exec(url);
  return match ? decodeURIComponent(match[1]!.replace(/\+/g, ' ')) : undefined;
}
