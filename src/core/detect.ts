import type { Analysis } from './types';

/** Confident signals that a plain .txt is scraped news (feed footer, source line, widgets with teasers). */
export function looksLikeScrapedNews(a: Analysis): boolean {
  const kinds = new Set(a.findings.map((f) => f.kind));
  if (a.frontMatter && ('source' in a.frontMatter.data || 'published' in a.frontMatter.data)) return true;
  if (kinds.has('feed-footer') || kinds.has('source-line')) return true;
  if (kinds.has('widget') && (kinds.has('teaser') || kinds.has('caption'))) return true;
  // Page furniture of three kinds or more (menus, share buttons, bylines, ads…) is a scraped page.
  return kinds.size >= 3 && a.findings.length >= 4;
}
