/** A row of a list being edited: a stable key so React keeps focus and state with it as rows move. */
export type Row<T> = T & { key: string };

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `r${counter}`;
}

export function rows<T extends object>(items: readonly T[]): Row<T>[] {
  return items.map((item) => ({ ...item, key: newKey() }));
}

export function textRows(items: readonly string[]): Row<{ text: string }>[] {
  return items.map((text) => ({ text, key: newKey() }));
}

/** The list without keys, as the API takes it. */
export function unkeyed<T extends object>(items: readonly Row<T>[]): T[] {
  return items.map(({ key: _key, ...rest }) => rest as unknown as T);
}

export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
