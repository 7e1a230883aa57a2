import { escapeHtml as esc } from "./escape";

export interface Series {
  name: string;
  /** A CSS class on the bars (the report's stylesheet colours them), e.g. "block". */
  className: string;
  /** A fill for viewers that drop the stylesheet. */
  fill: string;
  values: number[];
}

export interface BarChart {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: Series[];
}

/** A round step for the axis: 1, 2, 5, 10, 20, 50… giving about `ticks` gridlines. */
export function niceStep(max: number, ticks = 5): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
  return Math.max(1, step * mag);
}

const fmt = (n: number) => n.toLocaleString("en-GB");

function legend(series: readonly Series[], x: number, y: number): string {
  let out = `<g class="legend" font-size="12">`;
  let at = x;
  for (const s of series) {
    out += `<rect x="${at}" y="${y - 10}" width="12" height="12" class="${esc(s.className)}" fill="${esc(s.fill)}"/>`;
    out += `<text x="${at + 16}" y="${y}">${esc(s.name)}</text>`;
    at += 28 + s.name.length * 7;
  }
  return out + "</g>";
}

function totals(chart: BarChart): number[] {
  return chart.categories.map((_, i) => chart.series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
}

function frame(chart: BarChart, width: number, height: number, body: string): string {
  const t = `${chart.id}-title`;
  const d = `${chart.id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${t} ${d}" font-family="system-ui, sans-serif">` +
    `<title id="${t}">${esc(chart.title)}</title><desc id="${d}">${esc(chart.description)}</desc>${body}</svg>`
  );
}

/** Stacked horizontal bars, one per category (rules, roles): labels on the left. */
export function horizontalBars(chart: BarChart): string {
  const labelWidth = Math.min(260, 12 + Math.max(4, ...chart.categories.map((c) => c.length)) * 7);
  const plot = 420;
  const row = 26;
  const top = 34;
  const width = labelWidth + plot + 70;
  const height = top + chart.categories.length * row + 30;
  const sums = totals(chart);
  const max = Math.max(0, ...sums);
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const x = (v: number) => labelWidth + (v / axisMax) * plot;
  let body = legend(chart.series, labelWidth, 16);
  for (let v = 0; v <= axisMax; v += step) {
    body += `<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${top - 4}" y2="${height - 26}" class="grid" stroke="#ddd"/>`;
    body += `<text x="${x(v).toFixed(1)}" y="${height - 10}" font-size="11" text-anchor="middle" class="axis">${fmt(v)}</text>`;
  }
  chart.categories.forEach((category, i) => {
    const y = top + i * row;
    body += `<text x="${labelWidth - 8}" y="${y + row / 2 + 4}" font-size="12" text-anchor="end">${esc(category)}</text>`;
    let at = 0;
    for (const s of chart.series) {
      const v = s.values[i] ?? 0;
      if (v > 0) {
        body += `<rect x="${x(at).toFixed(1)}" y="${y + 4}" width="${Math.max(1, x(at + v) - x(at)).toFixed(1)}" height="${row - 8}" class="${esc(s.className)}" fill="${esc(s.fill)}"><title>${esc(`${category}: ${fmt(v)} ${s.name}`)}</title></rect>`;
      }
      at += v;
    }
    body += `<text x="${(x(at) + 6).toFixed(1)}" y="${y + row / 2 + 4}" font-size="12" class="value">${fmt(sums[i])}</text>`;
  });
  return frame(chart, width, height, body);
}

/** Stacked vertical bars, one per category (months): labels underneath, turned when crowded. */
export function verticalBars(chart: BarChart): string {
  const n = Math.max(1, chart.categories.length);
  const left = 56;
  const top = 34;
  const plotHeight = 220;
  const barSlot = Math.max(18, Math.min(60, Math.floor(720 / n)));
  const turned = barSlot < 40;
  const bottom = turned ? 64 : 40;
  const width = left + n * barSlot + 20;
  const height = top + plotHeight + bottom;
  const sums = totals(chart);
  const max = Math.max(0, ...sums);
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const y = (v: number) => top + plotHeight - (v / axisMax) * plotHeight;
  let body = legend(chart.series, left, 16);
  for (let v = 0; v <= axisMax; v += step) {
    body += `<line x1="${left}" x2="${width - 10}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" class="grid" stroke="#ddd"/>`;
    body += `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end" class="axis">${fmt(v)}</text>`;
  }
  chart.categories.forEach((category, i) => {
    const x = left + i * barSlot + 3;
    const w = barSlot - 6;
    let at = 0;
    for (const s of chart.series) {
      const v = s.values[i] ?? 0;
      if (v > 0) {
        body += `<rect x="${x}" y="${y(at + v).toFixed(1)}" width="${w}" height="${Math.max(1, y(at) - y(at + v)).toFixed(1)}" class="${esc(s.className)}" fill="${esc(s.fill)}"><title>${esc(`${category}: ${fmt(v)} ${s.name}`)}</title></rect>`;
      }
      at += v;
    }
    const lx = x + w / 2;
    const ly = top + plotHeight + 16;
    if (turned) {
      body += `<text x="${lx}" y="${ly}" font-size="11" text-anchor="end" transform="rotate(-45 ${lx} ${ly})">${esc(category)}</text>`;
    } else {
      // "Apr 2024" on two lines, so labels never run into each other.
      const [first, ...rest] = category.split(" ");
      body += `<text x="${lx}" y="${ly}" font-size="11" text-anchor="middle">${esc(first)}${rest.length ? `<tspan x="${lx}" dy="13">${esc(rest.join(" "))}</tspan>` : ""}</text>`;
    }
  });
  return frame(chart, width, height, body);
}
