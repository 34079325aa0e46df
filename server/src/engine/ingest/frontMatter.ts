/**
 * YAML front matter (`---` ... `---` at the top of a Markdown file). Invalid
 * YAML is reported and ignored, never fatal: the body is still indexed.
 */
import { parse as parseYaml } from 'yaml';
import type { IngestProblem } from '../types.js';
import { errorMessage } from '../text/errorText.js';

export interface FrontMatter {
  /** Offset just past the closing fence; 0 when there is none. */
  end: number;
  fields: Record<string, unknown>;
  problems: IngestProblem[];
}

const FENCE = /^---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/;

export function readFrontMatter(file: string, text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { end: 0, fields: {}, problems: [] };
  const end = match[0].length;
  try {
    const parsed: unknown = parseYaml(match[1]);
    if (parsed === null || parsed === undefined) return { end, fields: {}, problems: [] };
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      return {
        end,
        fields: {},
        problems: [{ file, severity: 'warning', message: `${file}: front matter is not a key: value mapping; ignored.` }],
      };
    }
    return { end, fields: parsed as Record<string, unknown>, problems: [] };
  } catch (error) {
    const reason = errorMessage(error, { firstLine: true });
    return {
      end,
      fields: {},
      problems: [
        { file, severity: 'warning', message: `${file}: front matter is not valid YAML (${reason}); metadata taken from elsewhere.` },
      ],
    };
  }
}
