/**
 * The slice of a hast (HTML syntax tree, from rehype-parse) node that the
 * HTML reader and the Word extractor walk: one declaration for both.
 */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  /** Offsets in the parsed source (absent for generated nodes). */
  position?: { start: { offset?: number }; end: { offset?: number } };
}
