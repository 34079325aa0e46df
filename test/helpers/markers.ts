/**
 * Fixture markers: ⟦ and ⟧ mark expected ranges in a fixture string, and
 * are removed to give the real input, with the offsets they marked.
 */
export function stripMarkers(marked: string): { text: string; ranges: Array<[number, number]> } {
  let text = '';
  const ranges: Array<[number, number]> = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === '\u27e6') open.push(text.length);
    else if (ch === '\u27e7') ranges.push([open.pop() ?? 0, text.length]);
    else text += ch;
  }
  return { text, ranges: ranges.sort((a, b) => a[0] - b[0]) };
}
