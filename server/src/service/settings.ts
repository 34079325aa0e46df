/**
 * The `sourced` settings as the service uses them: whatever the client sent
 * for the section shaped into `SourcedSettings` (protocol.ts), every value
 * checked, a bad one falling back to its default with a warning; and what
 * the draft checker needs from them. Pure; the server's SettingsService
 * (lsp/settings.ts) fetches and caches the raw values.
 */
import { DEFAULT_SETTINGS, SENSITIVITY_VALUE, type SourcedSettings } from '../protocol.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from '../engine/check/diagnostics.js';
import type { CheckOptions } from '../engine/check/checkDraft.js';

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
type SeveritySetting = (typeof SEVERITIES)[number];

/**
 * Shapes whatever the client sent for the `sourced` section into settings:
 * missing values take their defaults silently, wrong ones with a warning.
 */
export function normalizeSettings(raw: unknown, warn: (message: string) => void): SourcedSettings {
  const out = structuredClone(DEFAULT_SETTINGS);
  const root = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw))
    warn(`Sourced: the "sourced" settings should be an object, not ${JSON.stringify(raw)}; using defaults.`);

  const folders = get(root, 'corpus', 'folders');
  if (folders !== undefined) {
    if (Array.isArray(folders) && folders.length > 0 && folders.every((f) => typeof f === 'string' && f.trim() !== ''))
      out.corpus.folders = folders.map((f: string) => f.trim());
    else
      warn(
        `Sourced: sourced.corpus.folders should be a non-empty list of folder paths, not ${JSON.stringify(folders)}; ` +
          `using ${JSON.stringify(DEFAULT_SETTINGS.corpus.folders)}.`,
      );
  }

  const maxFileMB = get(root, 'corpus', 'maxFileMB');
  if (maxFileMB !== undefined) {
    if (typeof maxFileMB === 'number' && Number.isFinite(maxFileMB) && maxFileMB > 0) out.corpus.maxFileMB = maxFileMB;
    else
      warn(
        `Sourced: sourced.corpus.maxFileMB should be a positive number of megabytes, not ${JSON.stringify(maxFileMB)}; ` +
          `using ${DEFAULT_SETTINGS.corpus.maxFileMB}.`,
      );
  }

  const sensitivity = get(root, 'claims', 'sensitivity');
  if (sensitivity !== undefined) {
    if (sensitivity === 'low' || sensitivity === 'medium' || sensitivity === 'high') out.claims.sensitivity = sensitivity;
    else
      warn(
        `Sourced: sourced.claims.sensitivity should be "low", "medium" or "high", not ${JSON.stringify(sensitivity)}; ` +
          `using "${DEFAULT_SETTINGS.claims.sensitivity}".`,
      );
  }

  const style = get(root, 'quotes', 'insertStyle');
  if (style !== undefined) {
    if (style === 'inline' || style === 'blockquote') out.quotes.insertStyle = style;
    else
      warn(
        `Sourced: sourced.quotes.insertStyle should be "inline" or "blockquote", not ${JSON.stringify(style)}; using "${DEFAULT_SETTINGS.quotes.insertStyle}".`,
      );
  }

  const severity = get(root, 'diagnostics', 'severity');
  if (severity !== undefined) {
    if (!isObject(severity))
      warn(
        `Sourced: sourced.diagnostics.severity should map diagnostic codes to a severity or "off", not ${JSON.stringify(severity)}; using the defaults.`,
      );
    else {
      for (const [code, value] of Object.entries(severity)) {
        if (!(DIAGNOSTIC_CODES as readonly string[]).includes(code))
          warn(`Sourced: sourced.diagnostics.severity names an unknown code "${code}" (known: ${DIAGNOSTIC_CODES.join(', ')}); ignored.`);
        else if (typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value))
          warn(
            `Sourced: sourced.diagnostics.severity["${code}"] should be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}; using the default.`,
          );
        else out.diagnostics.severity[code] = value as SeveritySetting;
      }
    }
  }

  const max = get(root, 'diagnostics', 'maxPerFile');
  if (max !== undefined) {
    if (typeof max === 'number' && Number.isInteger(max) && max >= 0) out.diagnostics.maxPerFile = max;
    else
      warn(
        `Sourced: sourced.diagnostics.maxPerFile should be a whole number of 0 or more, not ${JSON.stringify(max)}; ` +
          `using ${DEFAULT_SETTINGS.diagnostics.maxPerFile}.`,
      );
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
