// A small per-process memo for values derived from published versions, which never change: the
// key is the version id, so a new version (a correction) is a new key. Bounded, oldest out first.
// A null id (a draft preview) is never memoised; a rejected promise is forgotten.

export function versionMemo<T>(limit = 64) {
  const entries = new Map<string, T>();
  return (versionId: string | null, make: () => T): T => {
    if (versionId === null) return make();
    const hit = entries.get(versionId);
    if (hit !== undefined) return hit;
    const value = make();
    entries.set(versionId, value);
    if (value instanceof Promise) value.catch(() => entries.delete(versionId));
    if (entries.size > limit) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
