// The statistics webview: Chart.js bar charts drawn in the theme's colours (CSS variables), each
// usable from the keyboard (focus a chart, arrows move between bars, Enter filters) and with its
// numbers as a table too. A bar chosen asks the extension to filter the Corpus view.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ActiveElement, type ChartConfiguration } from 'chart.js';
import type { CorpusStatistics, SourceStats } from '../core/corpus/stats';
import type { FromWebview, RenderedChart, StatsLabels, ToWebview } from './protocol';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void };
const vscode = acquireVsCodeApi();

/** One chart: categories, series, and the Corpus filter each bar stands for. */
interface Spec {
  id: string;
  title: string;
  labels: string[];
  datasets: { label: string; data: number[] }[];
  /** The filter of a bar (series, category); null when a bar filters nothing. */
  filter(dataset: number, index: number): string | null;
  horizontal?: boolean;
  stacked?: boolean;
  unit: string;
}

/** Sources drawn apart over time (one theme colour each); the rest are drawn together. */
const MAX_SOURCES_OVER_TIME = 6;
/** More periods than this are drawn by year. */
const MAX_PERIODS = 16;
const MAX_BARS = 15;

const css = (name: string, fallback: string) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
const fill = (s: string, ...args: (string | number)[]) => s.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
const quote = (s: string) => `"${s.replace(/"/g, '')}"`;
const sourceFilter = (source: string | null) => `source:${source === null ? 'none' : quote(source)}`;
const periodFilter = (period: string) => `date:${period.length === 4 ? `${period}-xx` : period}`;

function palette(): string[] {
  return [
    css('--vscode-charts-blue', '#3794ff'),
    css('--vscode-charts-orange', '#d18616'),
    css('--vscode-charts-green', '#89d185'),
    css('--vscode-charts-purple', '#b180d7'),
    css('--vscode-charts-yellow', '#cca700'),
    css('--vscode-charts-red', '#f14c4c'),
  ];
}

function specs(s: CorpusStatistics, l: StatsLabels): Spec[] {
  const sourceName = (x: string | null) => x ?? l.unknownSource;
  const out: Spec[] = [];

  // Articles per source over time: the sources with most articles, the rest together.
  const totals = new Map<string | null, number>();
  for (const c of s.overTime) totals.set(c.source, (totals.get(c.source) ?? 0) + c.articles);
  const ranked = [...totals].sort((a, b) => b[1] - a[1]).map(([src]) => src);
  const shown = ranked.slice(0, MAX_SOURCES_OVER_TIME);
  const rest = ranked.length > shown.length;
  // Years when months would make too many thin bars.
  const byYear = s.periods.length > MAX_PERIODS;
  const cats = byYear ? [...new Set(s.periods.map((p) => p.slice(0, 4)))] : s.periods;
  const catOf = (p: string) => cats.indexOf(byYear ? p.slice(0, 4) : p);
  const series = shown.map((src) => ({ label: sourceName(src), data: cats.map(() => 0) }));
  if (rest) series.push({ label: l.otherSources, data: cats.map(() => 0) });
  for (const c of s.overTime) {
    const i = shown.indexOf(c.source);
    series[i >= 0 ? i : shown.length].data[catOf(c.period)] += c.articles;
  }
  const dateFilter = (i: number) => (byYear ? `date:${cats[i]}` : periodFilter(cats[i]));
  out.push({
    id: 'overTime',
    title: l.overTime,
    labels: cats.map((p) => (p.length === 4 && !byYear ? fill(l.monthUnknown, p) : p)),
    datasets: series,
    filter: (d, i) => (d < shown.length ? `${sourceFilter(shown[d])} ${dateFilter(i)}` : dateFilter(i)),
    stacked: true,
    unit: l.articles,
  });

  const kinds = s.byKind.map((k) => k.kind as string);
  out.push({
    id: 'byKind',
    title: l.byKind,
    labels: [...kinds, ...(s.evidence ? [l.evidence] : [])],
    datasets: [{ label: l.findings, data: [...s.byKind.map((k) => k.findings), ...(s.evidence ? [s.evidence] : [])] }],
    filter: (_, i) => (i < kinds.length ? `kind:${kinds[i]}` : null),
    horizontal: true,
    unit: l.findings,
  });

  const top = (list: SourceStats[]) => list.slice(0, MAX_BARS);
  const bySource = top(s.bySource.filter((x) => x.findings > 0));
  out.push({
    id: 'bySource',
    title: l.bySource,
    labels: bySource.map((x) => sourceName(x.source)),
    datasets: [{ label: l.findings, data: bySource.map((x) => x.findings) }],
    filter: (_, i) => sourceFilter(bySource[i].source),
    horizontal: true,
    unit: l.findings,
  });

  const most = s.mostChaff.filter((x) => x.findings > 0);
  out.push({
    id: 'mostChaff',
    title: l.mostChaff,
    labels: most.map((x) => sourceName(x.source)),
    datasets: [{ label: l.perArticle, data: most.map((x) => x.perArticle) }],
    filter: (_, i) => sourceFilter(most[i].source),
    horizontal: true,
    unit: l.perArticle,
  });

  const copied = top(s.bySource.filter((x) => x.exactCopies + x.nearCopies > 0));
  out.push({
    id: 'duplicates',
    title: l.duplicates,
    labels: copied.map((x) => sourceName(x.source)),
    datasets: [
      { label: l.exact, data: copied.map((x) => x.exactCopies) },
      { label: l.near, data: copied.map((x) => x.nearCopies) },
    ],
    filter: (_, i) => `${sourceFilter(copied[i].source)} is:duplicate`,
    horizontal: true,
    stacked: true,
    unit: l.articles,
  });

  out.push({
    id: 'suspect',
    title: l.suspect,
    labels: [l.noDate, l.noSource, l.neither],
    datasets: [{ label: l.articles, data: [s.suspect.noDate, s.suspect.noSource, s.suspect.neither] }],
    filter: (_, i) => ['date:none', 'source:none', 'source:none date:none'][i],
    unit: l.articles,
  });
  return out;
}

let charts: Chart[] = [];
let last: ToWebview | null = null;

function render(msg: ToWebview): void {
  last = msg;
  const { stats, labels: l } = msg;
  for (const c of charts) c.destroy();
  charts = [];
  const root = document.getElementById('root')!;
  root.replaceChildren();
  const h1 = el('h1', l.title);
  root.append(h1);
  root.append(el('p', fill(l.summary, stats.articles, stats.sources, stats.findings, stats.withFindings), 'summary'));
  if (msg.indexing) root.append(el('p', l.indexing, 'note'));
  if (stats.articles === 0) {
    root.append(el('p', l.empty, 'note'));
    vscode.postMessage({ type: 'rendered', seq: msg.seq, charts: [] });
    return;
  }
  root.append(el('p', l.hint, 'note'));
  const live = el('p', '', 'sr-only');
  live.setAttribute('aria-live', 'polite');
  const grid = el('div', '', 'grid');
  root.append(grid, live);

  const colors = palette();
  const muted = css('--vscode-descriptionForeground', '#8b8b8b');
  const fg = css('--vscode-foreground', '#cccccc');
  const grid_ = css('--vscode-widget-border', css('--vscode-panel-border', '#80808040'));
  Chart.defaults.color = fg;
  Chart.defaults.borderColor = grid_;
  Chart.defaults.font.family = css('--vscode-font-family', 'sans-serif');
  Chart.defaults.font.size = Number.parseFloat(css('--vscode-font-size', '13')) || 13;

  const drawn: RenderedChart[] = [];
  for (const spec of specs(stats, l)) {
    const section = el('section', '', 'chart');
    section.setAttribute('aria-labelledby', `${spec.id}-title`);
    const h2 = el('h2', spec.title);
    h2.id = `${spec.id}-title`;
    const box = el('div', '', 'box');
    // Horizontal charts grow with their bars.
    if (spec.horizontal) box.style.height = `${Math.max(120, 28 * spec.labels.length + 60)}px`;
    const canvas = document.createElement('canvas');
    canvas.id = `${spec.id}-canvas`;
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${spec.title}: ${describe(spec)}`);
    canvas.setAttribute('aria-describedby', `${spec.id}-table`);
    box.append(canvas);
    section.append(h2, box, table(spec, l));
    grid.append(section);
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map((d, i) => {
          // The rest of the sources together: in the theme's muted text colour.
          const c = d.label === l.otherSources ? muted : colors[i % colors.length];
          return { ...d, backgroundColor: c, borderColor: c, borderWidth: 1 };
        }),
      },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: !!spec.stacked, beginAtZero: true, grid: { color: grid_ } },
          y: { stacked: !!spec.stacked, beginAtZero: true, grid: { color: grid_ } },
        },
        plugins: { legend: { display: spec.datasets.length > 1, position: 'bottom' } },
        onHover: (_, els) => {
          canvas.style.cursor = els.length ? 'pointer' : 'default';
        },
        onClick: (_, els) => {
          if (els.length) choose(spec, els[0].datasetIndex, els[0].index);
        },
      },
    };
    const chart = new Chart(canvas, config);
    charts.push(chart);
    keyboard(canvas, chart, spec, live);
    drawn.push({ id: spec.id, labels: spec.labels, datasets: spec.datasets.map((d) => ({ label: d.label, data: [...d.data] })) });
  }
  vscode.postMessage({ type: 'rendered', seq: msg.seq, charts: drawn });
}

function choose(spec: Spec, dataset: number, index: number): void {
  const filter = spec.filter(dataset, index);
  if (filter) vscode.postMessage({ type: 'filter', filter });
}

/** The bars with a value, in reading order (category, then series). */
function bars(spec: Spec): { d: number; i: number }[] {
  const out: { d: number; i: number }[] = [];
  for (let i = 0; i < spec.labels.length; i++) for (let d = 0; d < spec.datasets.length; d++) if (spec.datasets[d].data[i]) out.push({ d, i });
  return out;
}

function barText(spec: Spec, d: number, i: number): string {
  const series = spec.datasets.length > 1 ? ` (${spec.datasets[d].label})` : '';
  return `${spec.labels[i]}${series}: ${spec.datasets[d].data[i]} ${spec.unit}`;
}

function describe(spec: Spec): string {
  return bars(spec)
    .slice(0, 5)
    .map(({ d, i }) => barText(spec, d, i))
    .join('; ');
}

/** Arrow keys move between bars (shown as with the mouse), Enter or Space filters by the bar, Escape leaves it. */
function keyboard(canvas: HTMLCanvasElement, chart: Chart, spec: Spec, live: HTMLElement): void {
  let at = -1;
  const list = bars(spec);
  const show = () => {
    const b = list[at];
    const active: ActiveElement[] = [{ datasetIndex: b.d, index: b.i }];
    chart.setActiveElements(active);
    const el = chart.getDatasetMeta(b.d).data[b.i];
    chart.tooltip?.setActiveElements(active, { x: el.x, y: el.y });
    chart.update();
    live.textContent = barText(spec, b.d, b.i);
  };
  canvas.addEventListener('keydown', (e) => {
    if (!list.length) return;
    const next = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (next !== undefined) {
      at = at < 0 ? 0 : (at + next + list.length) % list.length;
      show();
      e.preventDefault();
    } else if (e.key === 'Home' || e.key === 'End') {
      at = e.key === 'Home' ? 0 : list.length - 1;
      show();
      e.preventDefault();
    } else if ((e.key === 'Enter' || e.key === ' ') && at >= 0) {
      choose(spec, list[at].d, list[at].i);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      at = -1;
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update();
    }
  });
  canvas.addEventListener('blur', () => {
    chart.setActiveElements([]);
    chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart.update();
    at = -1;
  });
}

/** The chart's numbers as a table, each category a button that filters like its bar. */
function table(spec: Spec, l: StatsLabels): HTMLElement {
  const details = el('details', '', 'table');
  details.append(el('summary', l.table));
  const t = document.createElement('table');
  t.id = `${spec.id}-table`;
  const head = document.createElement('tr');
  head.append(el('th', ''), ...spec.datasets.map((d) => el('th', d.label)));
  t.append(head);
  spec.labels.forEach((label, i) => {
    const tr = document.createElement('tr');
    const th = el('th', '');
    const f = spec.filter(0, i);
    if (f) {
      const b = el('button', label);
      b.title = f;
      b.addEventListener('click', () => choose(spec, 0, i));
      th.append(b);
    } else th.textContent = label;
    tr.append(th, ...spec.datasets.map((d) => el('td', String(d.data[i]))));
    t.append(tr);
  });
  details.append(t);
  return details;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

window.addEventListener('message', (e: MessageEvent<ToWebview>) => {
  if (e.data?.type === 'stats') render(e.data);
});
// A theme switch changes the body's class: draw again in the new colours.
new MutationObserver(() => last && render(last)).observe(document.body, { attributes: true, attributeFilter: ['class'] });
vscode.postMessage({ type: 'ready' });
