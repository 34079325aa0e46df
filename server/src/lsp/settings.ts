/**
 * The `sourced` settings, read per document (`workspace/configuration` with
 * the document's URI as scope, since every setting is resource-scoped: a
 * folder may check its drafts more strictly than another) and shaped into
 * `SourcedSettings` from protocol.ts.
 *
 * Settings come from users' JSON files, so every value is checked: a bad
 * one falls back to its default with a warning in the output channel
 * (once per distinct problem, not on every keystroke), never an error.
 * Answers are cached per scope until `workspace/didChangeConfiguration`.
 * One index serves the whole workspace, so `corpus.folders` is read per
 * workspace folder (the server resolves each folder's list against it);
 * a document's own value of it is not used.
 */
import type { Connection } from 'vscode-languageserver/node.js';
import { DEFAULT_SETTINGS, type SourcedSettings } from '../protocol.js';
import { normalizeSettings } from '../service/settings.js';
import { errorMessage } from '../engine/text/errorText.js';

export { checkOptionsFrom, normalizeSettings } from '../service/settings.js';

export class SettingsService {
  private readonly cache = new Map<string, Promise<SourcedSettings>>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly connection: Connection,
    /** Whether the client answers `workspace/configuration` (read at initialize). */
    private readonly canRead: () => boolean,
  ) {}

  /** Settings for a document or folder URI (undefined: the window's settings). */
  get(scopeUri?: string): Promise<SourcedSettings> {
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.fetch(scopeUri);
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** Forget cached answers (configuration changed). */
  clear(): void {
    this.cache.clear();
  }

  /** Forget a closed document's answer. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async fetch(scopeUri?: string): Promise<SourcedSettings> {
    if (!this.canRead()) return structuredClone(DEFAULT_SETTINGS);
    let raw: unknown;
    try {
      raw = await this.connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: 'sourced' } : { section: 'sourced' });
    } catch (error) {
      this.warn(`Sourced: could not read settings (${errorMessage(error)}); using defaults.`);
      return structuredClone(DEFAULT_SETTINGS);
    }
    return normalizeSettings(raw, (message) => this.warn(message));
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.connection.console.warn(message);
  }
}
