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
import { DEFAULT_SETTINGS, SENSITIVITY_VALUE, type SourcedSettings } from '../protocol.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from '../engine/check/diagnostics.js';
import type { CheckOptions } from '../engine/check/checkDraft.js';

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
type SeveritySetting = (typeof SEVERITIES)[number];

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
      this.warn(`Sourced: could not read settings (${error instanceof Error ? error.message : String(error)}); using defaults.`);
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

/**
 * Shapes whatever the client sent for the `sourced` section into settings:
 * missing values take their defaults silently, wrong ones with a warning.
 */
export function normalizeSettings(raw: unknown, warn: (message: string) => void): SourcedSettings {
  const out = structuredClone(DEFAULT_SETTINGS);
  const root = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw)) warn(`Sourced: the "sourced" settings should be an object, not ${JSON.stringify(raw)}; using defaults.`);

  const folders = get(root, 'corpus', 'folders');
  if (folders !== undefined) {
    if (Array.isArray(folders) && folders.length > 0 && folders.every((f) => typeof f === 'string' && f.trim() !== '')) out.corpus.folders = folders.map((f: string) => f.trim());
    else warn(`Sourced: sourced.corpus.folders should be a non-empty list of folder paths, not ${JSON.stringify(folders)}; using ${JSON.stringify(DEFAULT_SETTINGS.corpus.folders)}.`);
  }

  const maxFileMB = get(root, 'corpus', 'maxFileMB');
  if (maxFileMB !== undefined) {
    if (typeof maxFileMB === 'number' && Number.isFinite(maxFileMB) && maxFileMB > 0) out.corpus.maxFileMB = maxFileMB;
    else warn(`Sourced: sourced.corpus.maxFileMB should be a positive number of megabytes, not ${JSON.stringify(maxFileMB)}; using ${DEFAULT_SETTINGS.corpus.maxFileMB}.`);
  }

  const sensitivity = get(root, 'claims', 'sensitivity');
  if (sensitivity !== undefined) {
    if (sensitivity === 'low' || sensitivity === 'medium' || sensitivity === 'high') out.claims.sensitivity = sensitivity;
    else warn(`Sourced: sourced.claims.sensitivity should be "low", "medium" or "high", not ${JSON.stringify(sensitivity)}; using "${DEFAULT_SETTINGS.claims.sensitivity}".`);
  }

  const style = get(root, 'quotes', 'insertStyle');
  if (style !== undefined) {
    if (style === 'inline' || style === 'blockquote') out.quotes.insertStyle = style;
    else warn(`Sourced: sourced.quotes.insertStyle should be "inline" or "blockquote", not ${JSON.stringify(style)}; using "${DEFAULT_SETTINGS.quotes.insertStyle}".`);
  }

  const severity = get(root, 'diagnostics', 'severity');
  if (severity !== undefined) {
    if (!isObject(severity)) warn(`Sourced: sourced.diagnostics.severity should map diagnostic codes to a severity or "off", not ${JSON.stringify(severity)}; using the defaults.`);
    else {
      for (const [code, value] of Object.entries(severity)) {
        if (!(DIAGNOSTIC_CODES as readonly string[]).includes(code)) warn(`Sourced: sourced.diagnostics.severity names an unknown code "${code}" (known: ${DIAGNOSTIC_CODES.join(', ')}); ignored.`);
        else if (typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value)) warn(`Sourced: sourced.diagnostics.severity["${code}"] should be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}; using the default.`);
        else out.diagnostics.severity[code] = value as SeveritySetting;
      }
    }
  }

  const max = get(root, 'diagnostics', 'maxPerFile');
  if (max !== undefined) {
    if (typeof max === 'number' && Number.isInteger(max) && max >= 0) out.diagnostics.maxPerFile = max;
    else warn(`Sourced: sourced.diagnostics.maxPerFile should be a whole number of 0 or more, not ${JSON.stringify(max)}; using ${DEFAULT_SETTINGS.diagnostics.maxPerFile}.`);
  }
  return out;
}

/** What the draft checker needs from the settings. */
export function checkOptionsFrom(settings: SourcedSettings): CheckOptions {
  return {
    sensitivity: SENSITIVITY_VALUE[settings.claims.sensitivity],
    severities: settings.diagnostics.severity as Partial<Record<DiagnosticCode, Severity | 'off'>>,
    maxDiagnostics: settings.diagnostics.maxPerFile,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A nested value, also accepting a flat dotted key ("corpus.folders") as some clients send. */
function get(root: Record<string, unknown>, group: string, name: string): unknown {
  const nested = isObject(root[group]) ? (root[group] as Record<string, unknown>)[name] : undefined;
  const value = nested !== undefined && nested !== null ? nested : root[`${group}.${name}`];
  // null is what clients send for a setting nobody set: the default, no warning.
  return value === null ? undefined : value;
}
