// Explains the finding under the pointer: kind, rule, why, what else that rule flags, and what to do.
import * as vscode from 'vscode';
import type { Finding } from '../core';
import { engine } from './lazy';
import { findingAt, LANGUAGE_ID, type AnalysisCache, type DocState } from './analysisCache';
import { escapeMarkdown } from './statusBar';

const HOVER_COMMANDS = ['chaff._removeFinding', 'chaff.markAsContent', 'chaff._disableRule', 'chaff.previewClean'];

const commandLink = (title: string, command: string, args: unknown[], tooltip: string) =>
  `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${tooltip}")`;

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

/** What a rule says about itself: the built-in rule data, or a workspace rule from `.chaff.json`. */
function describeRule(state: DocState, ruleId: string): { description: string; examples: string[]; languages: string[]; workspace: boolean } | undefined {
  const builtIn = engine().ruleById(ruleId);
  if (builtIn) return { description: builtIn.description, examples: builtIn.examples, languages: builtIn.languages, workspace: false };
  const user = state.config.config.rules.find((r) => r.id === ruleId);
  if (user) return { description: user.description, examples: [], languages: [], workspace: true };
  return undefined;
}

function hoverMarkdown(doc: vscode.TextDocument, state: DocState, f: Finding): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  const lines = f.endLine > f.line ? `lines ${f.line}–${f.endLine}` : `line ${f.line}`;
  md.appendMarkdown(`$(filter) **Chaff: ${f.confidence === 'suspect' ? 'suspect ' : ''}${f.kind}** · rule ${code(f.rule)} · ${lines}\n\n`);
  if (f.confidence === 'suspect') md.appendMarkdown('**Suspect:** only its place says chaff; a clean keeps it unless you strip it.\n\n');
  const rule = describeRule(state, f.rule);
  if (rule?.description) {
    md.appendMarkdown(`**Rule:** ${escapeMarkdown(rule.description)}\n\n`);
  }
  md.appendMarkdown(`**Why:** ${escapeMarkdown(f.message)}\n\n`);
  if (rule) {
    const shown = rule.examples.slice(0, 3).map((e) => code(e.split('\n')[0]));
    if (shown.length) md.appendMarkdown(`Also flags: ${shown.join(', ')}${rule.examples.length > 3 ? ', …' : ''}\n\n`);
    const langs = rule.languages.filter((l) => l !== '*');
    if (langs.length) md.appendMarkdown(`Languages: ${langs.join(', ')}\n\n`);
    if (rule.workspace) md.appendMarkdown(`Rule from ${code('.chaff.json')}\n\n`);
  }
  // The version rides along: a link clicked after the text changed is refused, not applied to other lines.
  const u = doc.uri.toString();
  const v = doc.version;
  md.appendMarkdown(
    [
      commandLink('Strip', 'chaff._removeFinding', [u, f.line, v], 'Delete these lines from the article'),
      commandLink('Mark as content', 'chaff.markAsContent', [u, f.line], 'Add these lines to the exceptions in .chaff.json: no article flags them again'),
      commandLink(`Disable ${f.rule}`, 'chaff._disableRule', [u, f.rule], 'Add the rule to disabledRules in .chaff.json'),
      commandLink('Preview clean', 'chaff.previewClean', [u], 'Show the whole article cleaned, side by side'),
    ].join(' · '),
  );
  return md;
}

export function registerHovers(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: LANGUAGE_ID },
    {
      async provideHover(doc, position, token) {
        // While typing, the analysis the pause brings (shared with the marks) answers, not one per keystroke.
        const version = doc.version;
        await cache.settled(doc);
        if (token.isCancellationRequested || doc.version !== version) return undefined;
        const state = await cache.get(doc);
        if (state.version !== doc.version) return undefined;
        const f = findingAt(state, position.line + 1);
        if (!f) return undefined;
        const last = Math.min(f.endLine, doc.lineCount) - 1;
        return new vscode.Hover(hoverMarkdown(doc, state, f), new vscode.Range(f.line - 1, 0, last, doc.lineAt(last).text.length));
      },
    },
  );
}
