import type { ViewRecord } from '../../decode/viewRecord';

/** An alarm raised by a comparison rule. */
export interface Alarm {
  scope: 'property' | 'title';
  propertyId: string;
  videoId: string;
  errorType: string;
  openedAtMs: number;
}

interface MinuteCounts {
  views: number;
  errors: Map<string, number>;
}

/**
 * The rules operators write by hand, for comparison: per property (and per title) and
 * error type, one-minute windows; an alarm opens on the first minute that breaks the rule
 * and closes on the first that does not.
 */
abstract class MinuteRule {
  private minute = Number.NEGATIVE_INFINITY;
  private readonly current = new Map<string, MinuteCounts>();
  private readonly open = new Set<string>();
  readonly alarms: Alarm[] = [];

  process(v: ViewRecord): void {
    const m = Math.floor(v.viewEndMs / 60_000) * 60_000;
    if (m > this.minute) {
      if (Number.isFinite(this.minute)) this.close(this.minute + 60_000);
      this.minute = m;
    }
    for (const key of [`p\u0000${v.propertyId}\u0000`, `t\u0000${v.propertyId}\u0000${v.videoId}`]) {
      let c = this.current.get(key);
      if (!c) this.current.set(key, (c = { views: 0, errors: new Map() }));
      c.views++;
      if (v.playbackFailure) c.errors.set(v.errorType, (c.errors.get(v.errorType) ?? 0) + 1);
    }
  }

  finish(): void {
    this.close(this.minute + 60_000);
  }

  protected abstract breaks(key: string, type: string, errors: number, views: number): boolean;
  protected observe(_key: string, _type: string, _rate: number): void {}

  private close(at: number): void {
    const seen = new Set<string>();
    for (const [key, c] of this.current) {
      const types = new Set([...c.errors.keys(), ...[...this.open].filter((k) => k.startsWith(key + '\u0001')).map((k) => k.split('\u0001')[1]!)]);
      for (const type of types) {
        const e = c.errors.get(type) ?? 0;
        const id = `${key}\u0001${type}`;
        seen.add(id);
        const broken = this.breaks(key, type, e, c.views);
        if (broken && !this.open.has(id)) {
          this.open.add(id);
          const [scope, propertyId, videoId] = key.split('\u0000');
          this.alarms.push({ scope: scope === 'p' ? 'property' : 'title', propertyId: propertyId!, videoId: videoId!, errorType: type, openedAtMs: at });
        } else if (!broken) this.open.delete(id);
        this.observe(key, type, c.views > 0 ? e / c.views : 0);
      }
    }
    for (const id of this.open) if (!seen.has(id)) this.open.delete(id);
    this.current.clear();
  }
}

/** Static threshold: the error type's rate over the minute above a fixed percentage. */
export class StaticThresholdRule extends MinuteRule {
  constructor(
    private readonly propertyPct = 5,
    private readonly titlePct = 50,
    private readonly minErrors = 5,
  ) {
    super();
  }
  protected breaks(key: string, _type: string, errors: number, views: number): boolean {
    const pct = key.startsWith('p') ? this.propertyPct : this.titlePct;
    return errors >= this.minErrors && (100 * errors) / views > pct;
  }
}

/** Kapacitor-style sigma rule: the minute's rate above mean + k standard deviations of the last hour. */
export class SigmaRule extends MinuteRule {
  private readonly history = new Map<string, number[]>();
  constructor(
    private readonly k = 3,
    private readonly minutes = 60,
    private readonly minErrors = 5,
  ) {
    super();
  }
  protected breaks(key: string, type: string, errors: number, views: number): boolean {
    const h = this.history.get(`${key}\u0001${type}`) ?? [];
    if (h.length < 10 || errors < this.minErrors) return false;
    const mean = h.reduce((a, b) => a + b, 0) / h.length;
    const sd = Math.sqrt(h.reduce((a, b) => a + (b - mean) ** 2, 0) / h.length);
    return errors / views > mean + this.k * sd;
  }
  protected override observe(key: string, type: string, rate: number): void {
    const id = `${key}\u0001${type}`;
    const h = this.history.get(id) ?? [];
    h.push(rate);
    if (h.length > this.minutes) h.shift();
    this.history.set(id, h);
  }
}
