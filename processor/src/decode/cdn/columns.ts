/**
 * Where the fields a parser reads sit in a field list, found once per list: each line is
 * then read by position instead of by name (looking 20-odd names up on every line cost
 * more than the rest of reading its columns).
 */
export type Positions<K extends string> = Readonly<Record<K, number>>;

/** The column of each named field (-1 when the list lacks it; a name listed twice: its last column). */
export function positionsOf<K extends string>(fields: readonly string[], names: Readonly<Record<K, string>>): Positions<K> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(names) as K[]) out[key] = fields.lastIndexOf(names[key]);
  return out;
}

/** A line's column at a position: undefined when the field is not in the list or the line is shorter. */
export function cell(cols: readonly string[], at: number): string | undefined {
  return at < 0 ? undefined : cols[at];
}
