// A form as a standalone HTML page: its title and description, every question drawn as its kind (a scale as
// a row of radio buttons between its labels, a grid as a table, choices as radio buttons or checkboxes),
// a settings box, and the response count. All text is escaped.
import { escapeHtml } from '../cards/formatted-text';
import { formsState, type FormData, type ItemData } from '../forms/model';
import { destinationTabName } from '../forms/destination';
import { publishedUrl } from '../forms/prefill';
import type { Workspace } from '../workspace';

const css = `
body { background: #f0ebf8; margin: 0; font: 14px/1.5 Roboto, Arial, sans-serif; color: #202124; }
main { max-width: 760px; margin: 24px auto; }
.card { background: #fff; border-radius: 8px; border: 1px solid #dadce0; padding: 20px 24px; margin-bottom: 12px; }
.head { border-top: 10px solid #673ab7; }
h1 { font-size: 28px; font-weight: normal; margin: 0 0 8px; }
h2 { font-size: 16px; font-weight: normal; margin: 0 0 4px; }
.section { background: #673ab7; color: #fff; }
.help { color: #5f6368; font-size: 12px; margin: 0 0 8px; }
.kind { float: right; color: #5f6368; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; }
.required { color: #d93025; }
.scale { display: flex; align-items: end; gap: 16px; }
.scale label { display: flex; flex-direction: column; align-items: center; }
table { border-collapse: collapse; } th, td { padding: 4px 12px; text-align: center; } td:first-child { text-align: left; }
.answer { border-bottom: 1px solid #dadce0; color: #70757a; padding: 4px 0; width: 60%; }
.settings dt { float: left; clear: left; width: 210px; color: #5f6368; } .settings dd { margin: 0 0 4px 210px; }
.off { color: #d93025; } .on { color: #188038; }
`;

export function exportFormHtml(ws: Workspace, formId: string): string {
  const form = formsState(ws).forms[formId];
  if (!form) throw new Error(`exportFormHtml: no form ${formId}`);
  const head = [
    `<h1>${escapeHtml(form.title)}</h1>`,
    form.description ? `<p>${escapeHtml(form.description)}</p>` : '',
  ].join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(form.title)}</title>`,
    `<style>${css}</style></head><body><main>`,
    `<section class="card head">${head}</section>`,
    settingsHtml(ws, form),
    ...form.items.map(itemHtml),
    '</main></body></html>',
  ].join('\n');
}

function itemHtml(item: ItemData): string {
  const help = item.helpText ? `<p class="help">${escapeHtml(item.helpText)}</p>` : '';
  if (item.type === 'SECTION_HEADER') {
    return `<section class="card section"><h2>${escapeHtml(item.title)}</h2>${help}</section>`;
  }
  const star = item.required ? ' <span class="required">*</span>' : '';
  const kind = `<span class="kind">${escapeHtml(item.type.replace(/_/g, ' ').toLowerCase())}</span>`;
  return `<section class="card">${kind}<h2>${escapeHtml(item.title)}${star}</h2>${help}${answerHtml(item)}</section>`;
}

function answerHtml(item: ItemData): string {
  const name = `item-${item.id}`;
  switch (item.type) {
    case 'SCALE': {
      const lower = item.lowerBound ?? 1;
      const upper = item.upperBound ?? 5;
      const points = Array.from({ length: upper - lower + 1 }, (_, i) => lower + i);
      const radios = points.map((n) => `<label>${n}<input type="radio" name="${name}" value="${n}"></label>`);
      const left = `<span>${escapeHtml(item.leftLabel ?? '')}</span>`;
      const right = `<span>${escapeHtml(item.rightLabel ?? '')}</span>`;
      return `<div class="scale">${left}${radios.join('')}${right}</div>`;
    }
    case 'GRID': {
      const header = `<tr><th></th>${(item.columns ?? []).map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
      const rows = (item.rows ?? []).map((row, r) => {
        const cells = (item.columns ?? []).map(
          (c) => `<td><input type="radio" name="${name}-${r}" value="${escapeHtml(c)}"></td>`,
        );
        return `<tr><td>${escapeHtml(row)}</td>${cells.join('')}</tr>`;
      });
      return `<table>${header}${rows.join('')}</table>`;
    }
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX': {
      const input = item.type === 'CHECKBOX' ? 'checkbox' : 'radio';
      const choices = (item.choices ?? []).map(
        (c) => `<label><input type="${input}" name="${name}" value="${escapeHtml(c)}"> ${escapeHtml(c)}</label>`,
      );
      return `<div>${choices.join('<br>')}</div>`;
    }
    case 'LIST': {
      const options = (item.choices ?? []).map((c) => `<option>${escapeHtml(c)}</option>`);
      return `<select name="${name}"><option>Choose</option>${options.join('')}</select>`;
    }
    case 'PARAGRAPH_TEXT':
      return '<div class="answer">Long answer text</div>';
    default:
      return '<div class="answer">Short answer text</div>';
  }
}

function settingsHtml(ws: Workspace, form: FormData): string {
  const { settings } = form;
  const flag = (on: boolean, yes = 'Yes', no = 'No') => `<span class="${on ? 'on' : 'off'}">${on ? yes : no}</span>`;
  const destination = form.destination
    ? `${escapeHtml(ws.files[form.destination.spreadsheetId]?.name ?? form.destination.spreadsheetId)} › ${escapeHtml(destinationTabName(ws, form.destination))}`
    : 'None';
  const rows: [string, string][] = [
    ['Published', flag(settings.published)],
    ['Accepting responses', flag(settings.published && settings.acceptingResponses)],
    ['Email collection', escapeHtml(settings.emailCollection)],
    ['Require sign-in (domain only)', flag(settings.requireLogin)],
    ['One response per person', flag(settings.limitOneResponsePerUser)],
    ['Respondents can edit', flag(settings.allowResponseEdits)],
    ['Response destination', destination],
    ['Responses', String(form.responses.length)],
    ['Link for respondents', `<a href="${escapeHtml(publishedUrl(form))}">${escapeHtml(publishedUrl(form))}</a>`],
  ];
  const list = rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('');
  return `<section class="card settings"><h2>Settings</h2><dl>${list}</dl></section>`;
}
