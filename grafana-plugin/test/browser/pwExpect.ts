import type { Locator } from 'playwright-core';

/**
 * jest's expect, plus web-first assertions on playwright-core Locators (the ones
 * @playwright/test has, which playwright-core lacks): each polls the page until the
 * condition holds or its timeout passes, then fails with what it last saw.
 */
interface Options {
  timeout?: number;
}
type Want = string | RegExp;

interface LocatorMatchers {
  toContainText(want: Want, o?: Options): Promise<void>;
  toHaveAttribute(name: string, want: Want, o?: Options): Promise<void>;
  toHaveValue(want: Want, o?: Options): Promise<void>;
  toHaveCount(n: number, o?: Options): Promise<void>;
}

const DEFAULT_TIMEOUT = 30_000;
const matches = (got: string | null, want: Want) => got !== null && (typeof want === 'string' ? got.includes(want) : want.test(got));
const equalsOrMatches = (got: string | null, want: Want) => got !== null && (typeof want === 'string' ? got === want : want.test(got));

function locatorMatchers(l: Locator, negate: boolean): LocatorMatchers {
  const poll = async (what: string, read: () => Promise<string | null>, ok: (got: string | null) => boolean, o?: Options) => {
    const deadline = Date.now() + (o?.timeout ?? DEFAULT_TIMEOUT);
    let got: string | null = null;
    for (;;) {
      got = await read().catch(() => null);
      if (ok(got) !== negate) return;
      if (Date.now() > deadline) throw new Error(`expected ${l} ${negate ? 'not ' : ''}${what}; last saw ${JSON.stringify(got)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const first = () => l.first();
  return {
    toContainText: (want, o) => poll(`to contain text ${want}`, () => first().textContent({ timeout: 1000 }), (g) => matches(g, want), o),
    toHaveAttribute: (name, want, o) => poll(`to have ${name}=${want}`, () => first().getAttribute(name, { timeout: 1000 }), (g) => equalsOrMatches(g, want), o),
    toHaveValue: (want, o) => poll(`to have value ${want}`, () => first().inputValue({ timeout: 1000 }), (g) => equalsOrMatches(g, want), o),
    toHaveCount: (n, o) => poll(`to have count ${n}`, async () => String(await l.count()), (g) => g === String(n), o),
  };
}

const isLocator = (x: unknown): x is Locator => typeof x === 'object' && x !== null && typeof (x as Locator).waitFor === 'function' && typeof (x as Locator).count === 'function';

export function expect<T>(actual: T): T extends Locator ? LocatorMatchers & { not: LocatorMatchers } : jest.JestMatchers<T> {
  if (isLocator(actual)) {
    return Object.assign(locatorMatchers(actual, false), { not: locatorMatchers(actual, true) }) as never;
  }
  return (globalThis as unknown as { expect: jest.Expect }).expect(actual) as never;
}
