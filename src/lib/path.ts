/** Reading and writing nested values by dotted path (`roles.accounts.0.owner`), without mutation. */

export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function setPath<T>(value: T, path: string, next: unknown): T {
  const [key = '', ...rest] = path.split('.');
  const container = (value ?? (/^\d+$/.test(key) ? [] : {})) as Record<string, unknown> | unknown[];
  const child =
    rest.length === 0 ? next : setPath((container as Record<string, unknown>)[key], rest.join('.'), next);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(key)] = child;
    return copy as T;
  }
  return { ...container, [key]: child } as T;
}
