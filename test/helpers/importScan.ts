/**
 * The module specifiers a TypeScript source imports (import, export-from,
 * require and dynamic import), found with regular expressions after
 * stripping comments: enough for the architecture tests (the engine seam,
 * folder cycles), which must not depend on a compiler API.
 */

/** Module specifiers of every import, export-from, require() and import() in `source`. */
export function importedSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  const out: string[] = [];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}
