/**
 * Typed readers of environment variables: each turns the variable's text (undefined when
 * unset or empty) into its value, or throws an Error saying what is wrong. Small on
 * purpose: every command reads the environment at start, and a schema library cost
 * 40-50 ms of module loading there.
 */
export interface EnvVar<T> {
  read(text: string | undefined): T;
}

function withDefault<T>(fallback: T, parse: (text: string) => T): EnvVar<T> {
  return { read: (text) => (text === undefined ? fallback : parse(text)) };
}

function number(text: string): number {
  const n = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(n)) throw new Error('expected a number');
  return n;
}

/** An integer within [min, max]. */
export function int(min: number, max: number, fallback: number): EnvVar<number> {
  return withDefault(fallback, (text) => {
    const n = number(text);
    if (!Number.isInteger(n)) throw new Error('expected an integer');
    if (n < min || n > max) throw new Error(`expected an integer from ${min} to ${max}`);
    return n;
  });
}

/** A number within [min, max]; above min only when `above` is set. */
export function decimal(bounds: { min: number; max: number; above?: boolean }, fallback: number): EnvVar<number> {
  return withDefault(fallback, (text) => {
    const n = number(text);
    if (bounds.above ? n <= bounds.min : n < bounds.min) throw new Error(`expected a number ${bounds.above ? 'above' : 'of at least'} ${bounds.min}`);
    if (n > bounds.max) throw new Error(`expected a number of at most ${bounds.max}`);
    return n;
  });
}

/** Text; `pattern` (with what it means) and `check` (throws its own message) when given. */
export function text(fallback: string, rules: { pattern?: [RegExp, string]; check?: (value: string) => void } = {}): EnvVar<string> {
  return withDefault(fallback, (value) => {
    if (rules.pattern && !rules.pattern[0].test(value)) throw new Error(rules.pattern[1]);
    rules.check?.(value);
    return value;
  });
}

/** One of a fixed set of words. */
export function oneOf<const T extends string>(values: readonly T[], fallback: T): EnvVar<T> {
  return withDefault(fallback, (value) => {
    if (!(values as readonly string[]).includes(value)) throw new Error(`expected one of ${values.join(', ')}`);
    return value as T;
  });
}

/** An http(s) URL. */
export function url(fallback: string): EnvVar<string> {
  return withDefault(fallback, (value) => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new Error('expected a URL');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('expected an http or https URL');
    return value;
  });
}

/** 1/0, true/false, yes/no. */
export function flag(fallback: boolean): EnvVar<boolean> {
  return withDefault(fallback, (value) => {
    if (['1', 'true', 'yes'].includes(value)) return true;
    if (['0', 'false', 'no'].includes(value)) return false;
    throw new Error('expected 1, 0, true, false, yes or no');
  });
}

export type EnvValues<S extends Record<string, EnvVar<unknown>>> = { [K in keyof S]: S[K] extends EnvVar<infer T> ? T : never };
