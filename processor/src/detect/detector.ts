import type { ViewRecord } from '../decode/viewRecord';
import { Baseline } from './baseline';
import { betaBinomialUpperTail, betaParams } from './betaBinomial';
import { countUp, CountWindow, type ViewOutcome } from './countWindow';
import { incidentId, incidentMessage, type Incident, type IncidentEvent, type IncidentScope } from './incident';
import { LruList } from './lruList';
import { NormalMix } from './normalMix';
import { PropertyWindow, type WindowedTitle } from './propertyWindow';
import { EventClock } from '../window/eventClock';
import { DEFAULT_DETECTOR_OPTIONS, type DetectorOptions } from './options';

interface OpenState {
  incident: Incident;
  normalHops: number;
  firstNormalMs: number;
  lastEmitMs: number;
}

interface PropertyState {
  id: string;
  window: PropertyWindow;
  baseline: Baseline;
  mix: NormalMix;
  hopViews: number;
  hopErrors: Map<string, number>;
  sinceHop: number;
  incidents: Map<string, OpenState>;
  lastSeenMs: number;
  muted: boolean;
  /** This property's titles with state, by video id (the same objects as Detector.titles). */
  titleByVideo: Map<string, TitleState>;
  /**
   * Titles dropped (idle past their TTL, or the oldest beyond maxTitles) while views of theirs
   * were still in the property window, by video id: the window counts them on these objects,
   * so a title played again takes its object back and its counts stay whole. Those with no
   * view left in the window are pruned (pruneDeparted).
   */
  departed: Map<string, TitleState>;
}

interface TitleState extends WindowedTitle {
  propertyId: string;
  videoId: string;
  title: string;
  /** The title's last views; undefined until its first failure (most titles never fail), `successes` counting them meanwhile. */
  window: CountWindow | undefined;
  /** Views in the title's window while it has none (all successes; at most titleWindow). */
  successes: number;
  sinceHop: number;
  lastSeenMs: number;
  /** Open incidents; NO_INCIDENTS (shared, never written) until the first one opens. */
  incidents: Map<string, OpenState>;
  /** Links of Detector.titles, the least-recently-played order. */
  older?: TitleState | undefined;
  newer?: TitleState | undefined;
}

/**
 * The incidents of every title that never had one: one shared empty map instead of one
 * each (the detector may track a million titles). Only read and deleted from; a title's
 * first incident swaps in a map of its own (openTitleIncident).
 */
const NO_INCIDENTS = new Map<string, OpenState>();

const NO_EVENTS: readonly IncidentEvent[] = Object.freeze([]);

const NO_ERRORS: ReadonlyMap<string, number> = new Map();

/** The error types of a window and of the open incidents, each once, in order (judged in this order). */
function typesOf(errors: ReadonlyMap<string, number>, incidents: ReadonlyMap<string, OpenState>): string[] {
  const types = [...errors.keys()];
  for (const t of incidents.keys()) if (!errors.has(t)) types.push(t);
  return types.length > 1 ? types.sort() : types;
}

/** A window whose errors are this unlikely is not used to learn the baseline. */
const LEARN_PVALUE = 0.01;

export interface Judgement {
  rate: number;
  baseline: number;
  pValue: number;
  /** Significant and large enough to open an incident. */
  anomalous: boolean;
  /** Still clearly above normal: keeps an open incident open. */
  abnormal: boolean;
}

/**
 * Error-rate anomaly detector: sliding count windows of views per property and per
 * (property, title), judged per error type against the property's learned baseline with a
 * beta-binomial tail probability. Incidents open when a window is very unlikely under the
 * baseline and clearly above it, and close after several normal judgements in a row.
 *
 * Explaining away keeps incidents at the right scope: titles already in an incident are left
 * out of the property window; a property incident is not opened when one title explains
 * it; a title is judged against the rest of its property (a property-wide failure is not a
 * title incident). Pure: event time comes from the views; no clocks or I/O.
 */
export class Detector {
  private readonly o: DetectorOptions;
  private readonly properties = new Map<string, PropertyState>();
  /** Every title with state, least recently played first (found through PropertyState.titleByVideo). */
  private readonly titles = new LruList<TitleState>();
  /**
   * The newest title the sweep has handled (idle past titleIdleCloseMs, its incidents
   * closed): it and every older title in `titles` need nothing more until their TTL, so
   * the next sweep starts after it. Without it every sweep walked all idle titles, which
   * with tens of thousands of titles cost more than the views themselves. A handled title
   * that plays again moves to the newest end of `titles`, out of this stretch.
   */
  private sweptUpTo: TitleState | undefined;
  /** Titles with an open incident, per property (kept in step with TitleState.incidents). */
  private readonly titlesWithIncidents = new Map<string, Set<TitleState>>();
  /** The detector's time: the latest view end, a lone view far ahead of the rest left out (clockJumpGuardMs). */
  private readonly clock: EventClock;

  constructor(options: Partial<DetectorOptions> = {}) {
    this.o = { ...DEFAULT_DETECTOR_OPTIONS, ...options };
    this.clock = new EventClock(this.o.clockJumpGuardMs, this.o.clockOnWallClock);
  }

  /** The detector's time; before its clock has a confirmed view, `fallback` (the view being processed). */
  private now(fallback: number): number {
    const latest = this.clock.latest;
    return latest === Number.NEGATIVE_INFINITY ? fallback : latest;
  }

  /** Events of the view being processed (process() hands them over in an array of their own). */
  private readonly events: IncidentEvent[] = [];

  /**
   * The incident events the view caused: most views cause none, and get one shared, frozen
   * empty array. `nowMs`: the wall clock, read only with clockOnWallClock.
   */
  process(v: ViewRecord, nowMs = Number.NEGATIVE_INFINITY): readonly IncidentEvent[] {
    const events = this.events;
    // Nearly always empty already (the last view's events went out spliced); storing a length
    // is a runtime call, so only after a view that threw.
    if (events.length !== 0) events.length = 0;
    this.clock.observe(v.viewEndMs, nowMs);
    const now = this.now(v.viewEndMs);
    const ps = this.property(v.propertyId);
    // A view far ahead of the clock (held by it) counts as seen now.
    ps.lastSeenMs = Math.max(ps.lastSeenMs, Math.min(v.viewEndMs, now));
    const ts = this.title(ps, v.videoId, v.videoTitle, now);
    // Only failures are kept as objects, with their breakdown values (what breakdowns look
    // at; the title's own copy of its video id: the view's would keep each batch's strings
    // alive for minutes); a view that did not fail is its title in the property window and
    // a count in the title's.
    const failure: ViewOutcome | undefined = v.playbackFailure && v.errorType !== '' ? { title: ts.videoId, errorType: v.errorType, dims: [v.cdn, v.asn, v.country, v.playerName, v.deviceCategory] } : undefined;
    if (failure) {
      ps.window.pushFailure(ts, failure);
      (ts.window ??= new CountWindow(this.o.titleWindow, ts.successes)).push(failure);
    } else {
      ps.window.pushSuccess(ts);
      if (ts.window) ts.window.pushSuccess();
      else if (ts.successes < this.o.titleWindow) ts.successes++;
    }
    ps.mix.add(v.cdn, v.asn, v.country, v.playerName, v.deviceCategory);
    ts.lastSeenMs = now;
    if (this.titles.size > this.o.maxTitles) this.evictOldestTitle(events);

    // Views of a title in an incident would teach the baseline that the incident is normal.
    if (ts.incidents.size === 0) {
      ps.hopViews++;
      if (failure) countUp(ps.hopErrors, failure.errorType);
    }
    if (failure) {
      const p = ps.incidents.get(failure.errorType);
      if (p) p.incident.viewsImpacted++;
      const t = ts.incidents.get(failure.errorType);
      if (t) t.incident.viewsImpacted++;
    }

    if (++ts.sinceHop >= this.o.titleHop) {
      ts.sinceHop = 0;
      this.judgeTitle(ts, ps, now, events);
      this.indexTitle(ts);
    }
    if (++ps.sinceHop >= this.o.propertyHop) {
      ps.sinceHop = 0;
      this.judgeProperty(ps, now, events);
      this.sweep(now, events);
    }
    return events.length === 0 ? NO_EVENTS : events.splice(0);
  }

  /** Open incidents (for dumps and the admin API). */
  openIncidents(): Incident[] {
    const out: Incident[] = [];
    for (const ps of this.properties.values()) for (const s of ps.incidents.values()) out.push({ ...s.incident });
    for (const ts of this.titles) for (const s of ts.incidents.values()) out.push({ ...s.incident });
    return out.sort((a, b) => a.openedAtMs - b.openedAtMs || (a.incidentId < b.incidentId ? -1 : 1));
  }

  /** Learned baselines: property -> error type -> rate percent, plus dispersion. */
  baselines(): Record<string, { viewsSeen: number; rho: number; totalPct: number; errorTypes: Record<string, number> }> {
    const out: Record<string, { viewsSeen: number; rho: number; totalPct: number; errorTypes: Record<string, number> }> = {};
    for (const [id, ps] of [...this.properties].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const errorTypes: Record<string, number> = {};
      for (const t of [...ps.baseline.errors.keys()].sort()) errorTypes[t] = 100 * ps.baseline.rate(t);
      out[id] = { viewsSeen: ps.baseline.viewsSeen, rho: ps.baseline.rho, totalPct: 100 * ps.baseline.totalRate(), errorTypes };
    }
    return out;
  }

  /** Closes an incident by hand (control API). Returns the close event, if it was open. */
  closeIncident(id: string): IncidentEvent | undefined {
    for (const holder of [...this.properties.values(), ...this.titles]) {
      for (const [type, s] of holder.incidents) {
        if (s.incident.incidentId === id) {
          holder.incidents.delete(type);
          if ('videoId' in holder) this.indexTitle(holder);
          return { kind: 'close', incident: this.closed(s, this.clock.latest) };
        }
      }
    }
    return undefined;
  }

  /** Mutes (or unmutes) an incident: it stays tracked but is marked muted for routing. */
  muteIncident(id: string, muted = true): boolean {
    for (const holder of [...this.properties.values(), ...this.titles]) {
      for (const s of holder.incidents.values()) {
        if (s.incident.incidentId === id) {
          s.incident.muted = muted;
          return true;
        }
      }
    }
    return false;
  }

  /** Mutes a property: its incidents, current and future, are marked muted. */
  muteProperty(propertyId: string, muted = true): void {
    const ps = this.property(propertyId);
    ps.muted = muted;
    for (const s of ps.incidents.values()) s.incident.muted = muted;
    for (const ts of this.titles) if (ts.propertyId === propertyId) for (const s of ts.incidents.values()) s.incident.muted = muted;
  }

  /** Forgets what a property learned (all error types), e.g. after a known change. */
  resetBaseline(propertyId: string): boolean {
    const ps = this.properties.get(propertyId);
    if (!ps) return false;
    ps.baseline.reset();
    return true;
  }

  stateSize(): { properties: number; titles: number } {
    return { properties: this.properties.size, titles: this.titles.size };
  }

  // ---------------------------------------------------------------- judging

  judge(errors: number, views: number, baselineRate: number, rho: number): Judgement {
    const rate = views > 0 ? errors / views : 0;
    const { alpha, beta } = betaParams(baselineRate, rho);
    const pValue = views > 0 ? betaBinomialUpperTail(errors, views, alpha, beta) : 1;
    const lift = this.o.minAbsoluteLiftPct / 100;
    return {
      rate,
      baseline: baselineRate,
      pValue,
      anomalous: errors >= this.o.minErrors && rate >= baselineRate * this.o.minRelativeLift + lift && pValue < this.o.openPValue,
      abnormal: pValue < this.o.closePValue && rate >= baselineRate * (1 + (this.o.minRelativeLift - 1) / 2) + lift / 2,
    };
  }

  private judgeProperty(ps: PropertyState, now: number, events: IncidentEvent[]): void {
    const warm = ps.baseline.viewsSeen >= this.o.warmupViews;
    let anyAbnormal = false;
    for (const type of typesOf(ps.window.errors, ps.incidents)) {
      // Leave out titles already in an incident of this type.
      let n = ps.window.count;
      let e = ps.window.errorsOf(type);
      for (const ts of this.titlesInIncident(ps.id, type)) {
        const c = ps.window.titleCounts(ts, type);
        n -= c.views;
        e -= c.errors;
      }
      const p0 = ps.baseline.rate(type);
      const j = this.judge(e, n, p0, ps.baseline.rho);
      // Learn only from windows that look entirely normal. While warming up, the baseline is
      // still mostly the prior (0.2%): judged against it, a property whose normal error rate
      // is a few percent looks abnormal in most hops, would learn only from its error-free
      // hops and might never warm up. Until warm, only a window that would open an incident
      // is kept out.
      if (warm ? j.pValue < LEARN_PVALUE && j.rate > p0 : j.anomalous) anyAbnormal = true;
      const open = ps.incidents.get(type);
      if (open) {
        anyAbnormal = true;
        this.keepOrClose(ps.incidents, type, open, j, n, e, now, this.o.closeAfterHops, events);
        // Title windows still hold the property incident's failures: start them afresh.
        if (!ps.incidents.has(type)) this.resetTitleWindows(ps.id);
        continue;
      }
      if (!warm || n < this.o.propertyMinViews || !j.anomalous) {
        if (warm && j.abnormal) anyAbnormal = true;
        continue;
      }
      anyAbnormal = true;
      // One title explaining the excess is the title's incident, not the property's.
      const top = ps.window.topTitle(type);
      if (top !== undefined) {
        const c = ps.window.titleCounts(top, type);
        const without = this.judge(e - c.errors, n - c.views, p0, ps.baseline.rho);
        if (!without.anomalous && c.errors >= this.o.minErrors) {
          const ts = ps.titleByVideo.get(top.videoId);
          if (ts) {
            this.judgeTitle(ts, ps, now, events);
            this.indexTitle(ts);
          }
          continue;
        }
      }
      const failures = ps.window.failures(type);
      ps.incidents.set(type, this.open('property', ps, undefined, type, j, n, e, failures, now, events));
    }
    if (!anyAbnormal) ps.baseline.learn(ps.hopViews, ps.hopErrors, this.o.baselineMemoryViews);
    ps.mix.decay(Math.max(0, 1 - ps.hopViews / this.o.baselineMemoryViews));
    ps.hopViews = 0;
    ps.hopErrors = new Map();
  }

  private judgeTitle(ts: TitleState, ps: PropertyState, now: number, events: IncidentEvent[]): void {
    const w = ts.window;
    // A title without failures in its window and without incidents has nothing to judge.
    if (w === undefined && ts.incidents.size === 0) return;
    for (const type of typesOf(w?.errors ?? NO_ERRORS, ts.incidents)) {
      const n = w ? w.count : ts.successes;
      const e = w ? w.errorsOf(type) : 0;
      // Normal for this title = the property's baseline, or the rest of the property now if that is worse.
      const c = ps.window.titleCounts(ts, type);
      const restViews = ps.window.count - c.views;
      const restRate = restViews > 0 ? (ps.window.errorsOf(type) - c.errors) / restViews : 0;
      const p0 = Math.max(ps.baseline.rate(type), restRate);
      const j = this.judge(e, n, p0, ps.baseline.rho);
      const open = ts.incidents.get(type);
      if (open) {
        this.keepOrClose(ts.incidents, type, open, j, n, e, now, Math.max(2, this.o.closeAfterHops - 1), events);
        continue;
      }
      if (ps.incidents.has(type) || ps.baseline.viewsSeen < this.o.warmupViews || n < this.o.titleMinViews || !j.anomalous) continue;
      const failures = w ? w.outcomes().filter((x) => x.errorType === type) : [];
      if (ts.incidents === NO_INCIDENTS) ts.incidents = new Map();
      ts.incidents.set(type, this.open('title', ps, ts, type, j, n, e, failures, now, events));
      // Judged from its property's window (not just played), a title may be one the sweep
      // has handled: the next sweep looks at every idle title again, to close this incident.
      if (this.sweptUpTo && ts.lastSeenMs <= this.sweptUpTo.lastSeenMs) this.sweptUpTo = undefined;
    }
  }

  private keepOrClose(holder: Map<string, OpenState>, type: string, s: OpenState, j: Judgement, n: number, e: number, now: number, closeAfter: number, events: IncidentEvent[]): void {
    if (j.abnormal) {
      s.normalHops = 0;
      if (severityOf(j) === 'critical') s.incident.severity = 'critical';
      s.incident.views = n;
      s.incident.errors = e;
      s.incident.errorRatePct = 100 * j.rate;
      s.incident.baselinePct = 100 * j.baseline;
    } else {
      if (s.normalHops === 0) s.firstNormalMs = now;
      s.normalHops++;
      if (s.normalHops >= closeAfter) {
        holder.delete(type);
        events.push({ kind: 'close', incident: this.closed(s, s.firstNormalMs) });
        return;
      }
    }
    if (now - s.lastEmitMs >= this.o.updateIntervalMs) {
      s.lastEmitMs = now;
      this.refresh(s.incident, now);
      events.push({ kind: 'update', incident: { ...s.incident } });
    }
  }

  private open(scope: IncidentScope, ps: PropertyState, ts: TitleState | undefined, type: string, j: Judgement, n: number, e: number, failures: ViewOutcome[], now: number, events: IncidentEvent[]): OpenState {
    const videoId = ts?.videoId ?? '';
    const incident: Incident = {
      incidentId: incidentId(scope, ps.id, videoId, type, now),
      status: 'open',
      scope,
      propertyId: ps.id,
      videoId,
      videoTitle: ts?.title ?? '',
      errorType: type,
      severity: severityOf(j),
      openedAtMs: now,
      updatedAtMs: now,
      errorRatePct: 100 * j.rate,
      baselinePct: 100 * j.baseline,
      views: n,
      errors: e,
      viewsImpacted: e,
      viewsImpactedPerHour: 0,
      message: '',
      breakdowns: ps.mix.breakdowns(failures),
      muted: ps.muted,
    };
    this.refresh(incident, now);
    events.push({ kind: 'open', incident: { ...incident } });
    return { incident, normalHops: 0, firstNormalMs: now, lastEmitMs: now };
  }

  private closed(s: OpenState, at: number): Incident {
    const i = s.incident;
    i.status = 'closed';
    i.closedAtMs = Math.max(at, i.openedAtMs);
    this.refresh(i, i.closedAtMs);
    return { ...i };
  }

  private refresh(i: Incident, now: number): void {
    i.updatedAtMs = now;
    const hours = Math.max((now - i.openedAtMs) / 3_600_000, 1 / 60);
    i.viewsImpactedPerHour = i.viewsImpacted / hours;
    i.message = incidentMessage(i);
  }

  /** Closes incidents of titles (and properties) no longer played; drops stale title state. */
  private sweep(now: number, events: IncidentEvent[]): void {
    // Least recently played first, so idle time falls along the list: each loop stops at
    // the first title with nothing to do.
    for (let ts = this.titles.oldest(); ts; ts = this.titles.oldest()) {
      if (now - ts.lastSeenMs < this.o.titleTtlMs && this.titles.size <= this.o.maxTitles) break;
      this.closeTitleIncidents(ts, events);
      this.dropTitle(ts);
    }
    for (let ts = this.sweptUpTo ? this.sweptUpTo.newer : this.titles.oldest(); ts; ts = ts.newer) {
      if (now - ts.lastSeenMs < this.o.titleIdleCloseMs) break;
      this.closeTitleIncidents(ts, events);
      this.sweptUpTo = ts;
    }
    for (const ps of this.properties.values()) {
      if (now - ps.lastSeenMs < this.o.titleIdleCloseMs) continue;
      for (const [type, s] of ps.incidents) {
        ps.incidents.delete(type);
        events.push({ kind: 'close', incident: this.closed(s, ps.lastSeenMs) });
      }
    }
  }

  private evictOldestTitle(events: IncidentEvent[]): void {
    const ts = this.titles.oldest()!;
    this.closeTitleIncidents(ts, events);
    this.dropTitle(ts);
  }

  /** Closes a title's open incidents as of when it was last played. */
  private closeTitleIncidents(ts: TitleState, events: IncidentEvent[]): void {
    for (const [type, s] of ts.incidents) {
      ts.incidents.delete(type);
      events.push({ kind: 'close', incident: this.closed(s, ts.lastSeenMs) });
    }
    this.indexTitle(ts);
  }

  private resetTitleWindows(propertyId: string): void {
    for (const ts of this.titles) {
      if (ts.propertyId !== propertyId || ts.incidents.size > 0) continue;
      ts.window = undefined;
      ts.successes = 0;
      ts.sinceHop = 0;
    }
  }

  private *titlesInIncident(propertyId: string, type: string): Generator<TitleState> {
    for (const ts of this.titlesWithIncidents.get(propertyId) ?? []) if (ts.incidents.has(type)) yield ts;
  }

  private indexTitle(ts: TitleState): void {
    let set = this.titlesWithIncidents.get(ts.propertyId);
    if (ts.incidents.size > 0) {
      if (!set) this.titlesWithIncidents.set(ts.propertyId, (set = new Set()));
      set.add(ts);
    } else if (set) {
      set.delete(ts);
      if (set.size === 0) this.titlesWithIncidents.delete(ts.propertyId);
    }
  }

  private property(id: string): PropertyState {
    let ps = this.properties.get(id);
    if (!ps) {
      ps = { id, window: new PropertyWindow(this.o.propertyWindow), baseline: new Baseline(), mix: new NormalMix(), hopViews: 0, hopErrors: new Map(), sinceHop: 0, incidents: new Map(), lastSeenMs: Number.NEGATIVE_INFINITY, muted: false, titleByVideo: new Map(), departed: new Map() };
      this.properties.set(id, ps);
    }
    return ps;
  }

  private title(ps: PropertyState, videoId: string, title: string, now: number): TitleState {
    let ts = ps.titleByVideo.get(videoId);
    if (ts) {
      if (ts === this.sweptUpTo) this.sweptUpTo = ts.older; // playing again: no longer handled
      this.titles.touch(ts); // most recently played last
    }
    else {
      ts = ps.departed.get(videoId);
      if (ts) {
        // Dropped while views of it were in the property window: the same object again, as a new title.
        ps.departed.delete(videoId);
        Object.assign(ts, { title, window: undefined, successes: 0, sinceHop: 0, lastSeenMs: now, incidents: NO_INCIDENTS });
      } else ts = newTitle(ps.id, videoId, title, now);
      this.addTitle(ts, ps);
    }
    // Written only when it changed: each write of the view's copy would keep that string alive.
    if (title !== 'unknown' && title !== ts.title) ts.title = title;
    return ts;
  }

  private addTitle(ts: TitleState, ps = this.property(ts.propertyId)): void {
    this.titles.push(ts);
    ps.titleByVideo.set(ts.videoId, ts);
  }

  private dropTitle(ts: TitleState): void {
    if (ts === this.sweptUpTo) this.sweptUpTo = ts.older;
    this.titles.remove(ts);
    const ps = this.properties.get(ts.propertyId);
    if (!ps) return;
    ps.titleByVideo.delete(ts.videoId);
    if (ts.windowViews > 0) {
      ps.departed.set(ts.videoId, ts);
      if (ps.departed.size > ps.window.capacity) pruneDeparted(ps);
    }
  }

  // ---------------------------------------------------------------- state

  snapshot(): DetectorSnapshot {
    const openStates = (m: Map<string, OpenState>) => [...m.entries()].map(([t, s]) => [t, { ...s, incident: { ...s.incident } }] as [string, OpenState]);
    return {
      version: 1,
      nowMs: Number.isFinite(this.clock.latest) ? this.clock.latest : null,
      ...(Number.isNaN(this.clock.held) ? {} : { heldMs: this.clock.held }),
      properties: [...this.properties.values()].map((ps) => ({
        id: ps.id,
        window: ps.window.snapshot(),
        baseline: ps.baseline.snapshot(),
        mix: ps.mix.snapshot(),
        hopViews: ps.hopViews,
        hopErrors: [...ps.hopErrors],
        sinceHop: ps.sinceHop,
        incidents: openStates(ps.incidents),
        lastSeenMs: Number.isFinite(ps.lastSeenMs) ? ps.lastSeenMs : null,
        muted: ps.muted,
      })),
      titles: [...this.titles].map((ts) => ({ propertyId: ts.propertyId, videoId: ts.videoId, title: ts.title, ...(ts.window ? { window: ts.window.snapshot() } : { window: [], successes: ts.successes }), sinceHop: ts.sinceHop, lastSeenMs: ts.lastSeenMs, incidents: openStates(ts.incidents) })),
    };
  }

  static restore(s: DetectorSnapshot, options: Partial<DetectorOptions> = {}): Detector {
    if (s.version !== 1) throw new Error(`unsupported detector snapshot version ${String(s.version)}`);
    const d = new Detector(options);
    d.clock.latest = s.nowMs ?? Number.NEGATIVE_INFINITY;
    d.clock.held = s.heldMs ?? Number.NaN;
    for (const p of s.properties) {
      d.properties.set(p.id, { id: p.id, window: new PropertyWindow(d.o.propertyWindow), baseline: Baseline.restore(p.baseline), mix: NormalMix.restore(p.mix), hopViews: p.hopViews, hopErrors: new Map(p.hopErrors), sinceHop: p.sinceHop, incidents: new Map(p.incidents), lastSeenMs: p.lastSeenMs ?? Number.NEGATIVE_INFINITY, muted: p.muted, titleByVideo: new Map(), departed: new Map() });
    }
    for (const t of s.titles) {
      const ts = newTitle(t.propertyId, t.videoId, t.title, t.lastSeenMs);
      if (t.successes !== undefined) ts.successes = Math.min(t.successes, d.o.titleWindow);
      else if (t.window.some((o) => o.errorType !== '')) {
        ts.window = new CountWindow(d.o.titleWindow);
        for (const o of t.window) ts.window.push(o);
      } else ts.successes = Math.min(t.window.length, d.o.titleWindow);
      ts.sinceHop = t.sinceHop;
      if (t.incidents.length > 0) ts.incidents = new Map(t.incidents);
      d.addTitle(ts);
      d.indexTitle(ts);
    }
    // The property windows count on the titles' objects: restored after the titles, with an
    // object kept aside (departed) for each title dropped while still in a window.
    for (const p of s.properties) {
      const ps = d.properties.get(p.id)!;
      for (const o of p.window) {
        let ts = ps.titleByVideo.get(o.title) ?? ps.departed.get(o.title);
        if (!ts) ps.departed.set(o.title, (ts = newTitle(p.id, o.title, '', Number.NEGATIVE_INFINITY)));
        if (o.errorType !== '') ps.window.pushFailure(ts, o);
        else ps.window.pushSuccess(ts);
      }
    }
    return d;
  }
}

export interface DetectorSnapshot {
  version: 1;
  nowMs: number | null;
  /** A view end held by the clock's jump guard (absent: none). */
  heldMs?: number;
  properties: {
    id: string;
    window: ViewOutcome[];
    baseline: ReturnType<Baseline['snapshot']>;
    mix: ReturnType<NormalMix['snapshot']>;
    hopViews: number;
    hopErrors: [string, number][];
    sinceHop: number;
    incidents: [string, OpenState][];
    lastSeenMs: number | null;
    muted: boolean;
  }[];
  /**
   * A title that never failed (no window of its own) has `successes` and an empty window;
   * snapshots saved before `successes` existed spell its successes out in the window.
   */
  titles: { propertyId: string; videoId: string; title: string; window: ViewOutcome[]; successes?: number; sinceHop: number; lastSeenMs: number; incidents: [string, OpenState][] }[];
}

/** A title's state before its first view is counted (every field set, so that every title has one shape). */
function newTitle(propertyId: string, videoId: string, title: string, lastSeenMs: number): TitleState {
  return { propertyId, videoId, title, window: undefined, successes: 0, sinceHop: 0, lastSeenMs, incidents: NO_INCIDENTS, windowViews: 0, windowErrors: undefined, older: undefined, newer: undefined };
}

/** Forgets the departed titles of a property that have no view left in its window. */
function pruneDeparted(ps: PropertyState): void {
  for (const [videoId, ts] of ps.departed) if (ts.windowViews === 0) ps.departed.delete(videoId);
}

/** Critical when half the views fail, or the rate is 20 points above normal. */
function severityOf(j: Judgement): 'warning' | 'critical' {
  return j.rate >= 0.5 || j.rate - j.baseline >= 0.2 ? 'critical' : 'warning';
}
