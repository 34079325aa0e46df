/**
 * Fields computed on first read. A warm start loads a cache of every
 * document, but a check or a search reads the text and sentences of only the
 * few documents it lands in: decoding all 238,000 sentences of a 33 MB corpus
 * up front was a third of `sourced check`'s start-up.
 *
 * The field is an own, enumerable property (not a prototype getter), so the
 * object still serialises and compares like a plain one; once computed it
 * becomes a plain data property holding the value.
 */
export function defineLazyField<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]) => {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => settle(compute()),
    set: (value: T[K]) => settle(value),
  });
}

/** Whether a lazy field has been computed (or was never lazy). */
export function isSettled<T extends object>(target: T, key: keyof T): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  return descriptor === undefined || 'value' in descriptor;
}
