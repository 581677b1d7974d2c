/** One line's columns read by field name. */
export interface NamedRow {
  /** The column of a field, or undefined when the field list has no such field or the line is shorter. */
  get(name: string): string | undefined;
}

/**
 * A field list turned into a name -> column index once, so each line is read by index
 * instead of being copied into an object keyed by 30-odd field names (which cost more than
 * the rest of parsing a line). A name listed twice reads its last column, as before.
 */
export class NamedColumns {
  private readonly index = new Map<string, number>();

  constructor(readonly fields: readonly string[]) {
    fields.forEach((name, i) => this.index.set(name, i));
  }

  row(cols: readonly string[]): NamedRow {
    return new ColumnsRow(this.index, cols);
  }
}

class ColumnsRow implements NamedRow {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly cols: readonly string[],
  ) {}

  get(name: string): string | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : this.cols[i];
  }
}

const byList = new WeakMap<readonly string[], NamedColumns>();

/** The NamedColumns of a field list, made once per list. */
export function columnsOf(fields: readonly string[]): NamedColumns {
  let c = byList.get(fields);
  if (!c) byList.set(fields, (c = new NamedColumns(fields)));
  return c;
}
