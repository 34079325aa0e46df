/**
 * Sparse row matrices (CSR) for the check-worthiness trainer: the feature
 * maps of claimFeatures.ts turned into index/value arrays over a fixed,
 * sorted vocabulary, so fitting is deterministic.
 */

export interface Csr {
  rows: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function toCsr(features: Array<Map<string, number>>, vocab: Map<string, number>): Csr {
  const indptr = new Int32Array(features.length + 1);
  let nnz = 0;
  for (let i = 0; i < features.length; i++) {
    for (const name of features[i].keys()) if (vocab.has(name)) nnz++;
    indptr[i + 1] = nnz;
  }
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const f of features) {
    for (const [name, value] of f) {
      const j = vocab.get(name);
      if (j === undefined) continue;
      indices[k] = j;
      values[k] = value;
      k++;
    }
  }
  return { rows: features.length, indptr, indices, values };
}

/** Vocabulary of features seen in at least `minDf` training sentences, in a fixed (sorted) order. */
export function buildVocab(features: Array<Map<string, number>>, minDf: number): string[] {
  const df = new Map<string, number>();
  for (const f of features) for (const name of f.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return [...df]
    .filter(([, n]) => n >= minDf)
    .map(([name]) => name)
    .sort();
}
