// Messages between the statistics view (src/extension/statistics.ts) and its webview script.
import type { CorpusStatistics } from '../core/corpus/stats';

/** UI strings, translated on the extension's side (vscode.l10n). `{0}`… are filled in by the webview. */
export interface StatsLabels {
  title: string;
  summary: string;
  empty: string;
  indexing: string;
  overTime: string;
  byKind: string;
  bySource: string;
  mostChaff: string;
  duplicates: string;
  suspect: string;
  articles: string;
  findings: string;
  perArticle: string;
  exact: string;
  near: string;
  noDate: string;
  noSource: string;
  neither: string;
  unknownSource: string;
  otherSources: string;
  monthUnknown: string;
  evidence: string;
  table: string;
  hint: string;
  filtered: string;
}

/** `seq` numbers the messages: the webview says which one it drew. */
export type ToWebview = { type: 'stats'; seq: number; stats: CorpusStatistics; labels: StatsLabels; indexing: boolean };

/** One chart as drawn: its categories and, per series, the values (tests compare them with the CLI's). */
export interface RenderedChart {
  id: string;
  labels: string[];
  datasets: { label: string; data: number[] }[];
}

export type FromWebview = { type: 'ready' } | { type: 'rendered'; seq: number; charts: RenderedChart[] } | { type: 'filter'; filter: string };
