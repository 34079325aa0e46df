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

/**
 * Like stripMarkers, plus a cursor: ‸ (U+2038) marks one position, which
 * is removed too. Returns -1 as the cursor when there is none.
 */
export function stripCursor(marked: string): { text: string; cursor: number; ranges: Array<[number, number]> } {
  const at = marked.indexOf('\u2038');
  if (at < 0) return { ...stripMarkers(marked), cursor: -1 };
  const { text, ranges } = stripMarkers(marked.slice(0, at) + marked.slice(at + 1));
  // Markers before the cursor are not text: its offset is the length of the text before it.
  return { text, cursor: stripMarkers(marked.slice(0, at)).text.length, ranges };
}
