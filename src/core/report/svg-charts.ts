// Small charts as inline SVG, so the PLG report is one self-contained file that opens in any browser, prints, and
// can be shared without a charting service. Every label is escaped; nothing here reads data it was not given.
import { escapeHtml } from './html-escape';

export interface Series {
  name: string;
  /** One value per category, in order; undefined leaves a gap (a month with nothing recorded). */
  values: readonly (number | undefined)[];
}

const palette = ['#1e6b52', '#f2a900', '#3b6fb6', '#b5473a', '#7a5aa6', '#2f8f9d', '#8c6d1f', '#c2577f'];
const width = 640;
const pad = { left: 72, right: 12, top: 16, bottom: 84 };
const height = 288;

function frame(title: string, body: string, legend: readonly string[]): string {
  const keys = legend
    .map(
      (name, i) =>
        `<span class="key"><span class="swatch" style="background:${palette[i % palette.length]}"></span>${escapeHtml(name)}</span>`,
    )
    .join('');
  return (
    `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">${body}</svg>` +
    `${keys ? `<div class="legend">${keys}</div>` : ''}</figure>`
  );
}

function axes(categories: readonly string[], max: number, format: (v: number) => string): string {
  const plotH = height - pad.top - pad.bottom;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const y = pad.top + plotH * (1 - f);
    return (
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y}" y2="${y}" stroke="#e0e0e0"/>` +
      `<text x="${pad.left - 6}" y="${y + 4}" text-anchor="end" font-size="11" fill="#5f6368">${escapeHtml(format(max * f))}</text>`
    );
  });
  const step = (width - pad.left - pad.right) / Math.max(categories.length, 1);
  // Long names (groups) are slanted so neighbours never overlap; short ones (months) stay level.
  const slanted = categories.some((c) => c.length * 6 > step);
  const labels = categories.map((c, i) => {
    const x = pad.left + step * (i + 0.5);
    const y = height - pad.bottom + 16;
    const text = escapeHtml(c.length > 22 ? `${c.slice(0, 21)}…` : c);
    return slanted
      ? `<text x="${x}" y="${y}" text-anchor="end" font-size="11" fill="#5f6368" transform="rotate(-30 ${x} ${y})">${text}</text>`
      : `<text x="${x}" y="${y}" text-anchor="middle" font-size="11" fill="#5f6368">${text}</text>`;
  });
  return ticks.join('') + labels.join('');
}

/** Grouped bars: one group of bars per category, one bar per series. */
export function barChart(
  title: string,
  categories: readonly string[],
  series: readonly Series[],
  format: (v: number) => string = (v) => String(Math.round(v)),
): string {
  // Counts: a top that four whole-number steps divide, so every gridline is a whole number.
  const top = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== undefined)));
  const max = Math.ceil(top / 4) * 4;
  const plotH = height - pad.top - pad.bottom;
  const step = (width - pad.left - pad.right) / Math.max(categories.length, 1);
  const barW = (step * 0.8) / Math.max(series.length, 1);
  const bars = series.flatMap((s, si) =>
    s.values.map((v, ci) => {
      if (v === undefined) return '';
      const h = (v / max) * plotH;
      const x = pad.left + step * ci + step * 0.1 + barW * si;
      return `<rect x="${x.toFixed(1)}" y="${(pad.top + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${palette[si % palette.length]}"><title>${escapeHtml(`${s.name}, ${categories[ci]}: ${format(v)}`)}</title></rect>`;
    }),
  );
  return frame(
    title,
    axes(categories, max, format) + bars.join(''),
    series.map((s) => s.name),
  );
}

/** Lines on a 0–`max` scale, one per series; a gap where a value is missing. */
export function lineChart(
  title: string,
  categories: readonly string[],
  series: readonly Series[],
  max: number,
  format: (v: number) => string,
): string {
  const plotH = height - pad.top - pad.bottom;
  const step = (width - pad.left - pad.right) / Math.max(categories.length, 1);
  const lines = series.map((s, si) => {
    const colour = palette[si % palette.length];
    const points = s.values
      .map((v, i) =>
        v === undefined ? undefined : { x: pad.left + step * (i + 0.5), y: pad.top + plotH * (1 - v / max), v, i },
      )
      .filter((p): p is { x: number; y: number; v: number; i: number } => p !== undefined);
    const path = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    const dots = points
      .map(
        (p) =>
          `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="3.5" fill="${colour}"><title>${escapeHtml(`${s.name}, ${categories[p.i]}: ${format(p.v)}`)}</title></circle>`,
      )
      .join('');
    return `${path ? `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>` : ''}${dots}`;
  });
  return frame(
    title,
    axes(categories, max, format) + lines.join(''),
    series.map((s) => s.name),
  );
}
