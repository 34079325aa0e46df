/**
 * The months as English writes them: full names and the short forms reports and briefings use ("Sept 2015",
 * "Oct"). One list for every reader that must know a month: the claim analysis (a number beside a month is a day),
 * the month dating of figures, the number reader (a figure after "March" is a day) and the claim detector (a month
 * is no place or body). Plain strings, so each reader derives its own form (analyzer terms, a pattern).
 */

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Short forms, each with its month's index in MONTH_NAMES ("May" has none). */
export const SHORT_MONTH_NAMES: Readonly<Record<string, number>> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Sept: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};
