import type { Sentence } from "./sentences";

/**
 * Remembers a reading of a sentence on the sentence object itself. The rules and the classifier's
 * features ask the same questions of every sentence (is it a commitment, an obligation…); on a
 * 3-hour meeting asking each once is the difference between well under a second and two. Keyed
 * weakly, so the answers go when the meeting's dialogue does. The readings must be pure functions
 * of the sentence, and callers must not mutate what they get back.
 */
export function perSentence<T>(read: (s: Sentence) => T): (s: Sentence) => T {
  const cache = new WeakMap<Sentence, { value: T }>();
  return (s) => {
    const hit = cache.get(s);
    if (hit) return hit.value;
    const value = read(s);
    cache.set(s, { value });
    return value;
  };
}

/** As perSentence, for a reading that also depends on an object (the meeting's People). */
export function perSentenceAnd<K extends object, T>(read: (s: Sentence, k: K) => T): (s: Sentence, k: K) => T {
  const caches = new WeakMap<K, WeakMap<Sentence, { value: T }>>();
  return (s, k) => {
    let cache = caches.get(k);
    if (!cache) {
      cache = new WeakMap();
      caches.set(k, cache);
    }
    const hit = cache.get(s);
    if (hit) return hit.value;
    const value = read(s, k);
    cache.set(s, { value });
    return value;
  };
}
