// Messages to the user go through here, so the integration tests can see what was said (`chaff._editorState`).
import * as vscode from 'vscode';

const recent: string[] = [];

function remember(text: string): void {
  recent.push(text);
  if (recent.length > 20) recent.shift();
}

/** The last messages shown, oldest first. */
export const recentMessages = (): readonly string[] => recent;

export function info(text: string, ...actions: string[]): Thenable<string | undefined> {
  remember(text);
  return vscode.window.showInformationMessage(text, ...actions);
}

export function warn(text: string, ...actions: string[]): Thenable<string | undefined> {
  remember(text);
  return vscode.window.showWarningMessage(text, ...actions);
}

export function error(text: string): Thenable<string | undefined> {
  remember(text);
  return vscode.window.showErrorMessage(text);
}

/** A transient status-bar message (for confirmations that need no click). */
export function status(text: string, ms = 3000): void {
  remember(text);
  vscode.window.setStatusBarMessage(text, ms);
}
