// The editor's Clean Article must write what `chaff clean` writes. A clean repeats itself while a
// pass may change what the next sees (`unsettled`); an editor works
// from one analysis and wants minimal edits. These are the edits from that analysis to what the
// repeated clean gives.
import { diffLines } from 'diff';
import { applyEdits, cleanAnalysed, cleanEdits, unsettled, type StripLevel } from './clean';
import type { Analysis, MetadataMode, TextEdit } from './types';

/**
 * Edits that turn `analysis.doc.text` into the text `clean()` gives at this strip level.
 * `reanalyze` analyses a text as the first analysis was made (same configuration and evidence).
 */
export function convergedCleanEdits(analysis: Analysis, mode: MetadataMode, strip: StripLevel, reanalyze: (text: string) => Analysis): TextEdit[] {
  const edits = cleanEdits(analysis, mode, strip);
  if (strip === 'suspect' || !unsettled(analysis)) return edits;
  const once = applyEdits(analysis.doc.text, edits);
  // The passes clean() makes, from this analysis; without the BOM, as the document's text is.
  const text = cleanAnalysed(analysis.doc.text, analysis, { metadata: mode, strip }, reanalyze).text.replace(/^\ufeff/, '');
  return text === once ? edits : lineEdits(analysis.doc.text, text);
}

/** Whole-line edits from one text to another (a clean removes and adds lines; it never edits one). */
function lineEdits(from: string, to: string): TextEdit[] {
  const out: TextEdit[] = [];
  let at = 0;
  for (const part of diffLines(from, to)) {
    if (part.added) {
      const last = out[out.length - 1];
      if (last && last.end === at) last.text += part.value;
      else out.push({ start: at, end: at, text: part.value });
    } else if (part.removed) {
      const last = out[out.length - 1];
      if (last && last.end === at) last.end = at + part.value.length;
      else out.push({ start: at, end: at + part.value.length, text: '' });
      at += part.value.length;
    } else at += part.value.length;
  }
  return out;
}
