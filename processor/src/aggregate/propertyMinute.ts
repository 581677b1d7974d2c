import type { ViewRecord } from '../decode/viewRecord';
import { MEASUREMENTS, VIEW_DIMENSIONS, type ViewDimension } from '../schema';
import type { QoePoint } from '../schema/point';
import { BoundedGroups, type GroupsSnapshot } from './boundedCounter';
import { viewExperienceScore } from './experienceScore';
import { addView, emptyTotals, mergeTotals, qoeFields, totalsFromJson, totalsToJson, type QoeTotals, type QoeTotalsJson } from './viewQoe';

/** Bounds that keep per-minute series and memory independent of the catalog. */
export interface BreakdownLimits {
  /** Values written per property and dimension (the rest as "other"). */
  topN: number;
  /** Distinct values tracked per property, dimension and minute before new ones go to "other". */
  maxTracked: number;
  /** Error types written per property (the rest as "other"). */
  topErrorTypes: number;
}

export const DEFAULT_BREAKDOWN_LIMITS: BreakdownLimits = { topN: 10, maxTracked: 1000, topErrorTypes: 20 };

interface ErrorCount {
  errors: number;
}

/** JSON form of a PropertyMinute, for checkpoints. */
export interface PropertyMinuteSnapshot {
  totals: QoeTotalsJson;
  byDimension: Record<string, GroupsSnapshot<QoeTotalsJson>>;
  errors: GroupsSnapshot<ErrorCount>;
}

/** Everything one property's views in one minute contribute to view_qoe, view_qoe_by and view_errors. */
export class PropertyMinute {
  readonly totals: QoeTotals = emptyTotals();
  readonly byDimension = new Map<ViewDimension, BoundedGroups<QoeTotals>>();
  readonly errors: BoundedGroups<ErrorCount>;
  /** The dimensions and their groups as parallel arrays, for the per-view loop of add(). */
  private readonly dims: ViewDimension[] = [];
  private readonly dimGroups: BoundedGroups<QoeTotals>[] = [];

  constructor(
    readonly propertyId: string,
    readonly windowStartMs: number,
    private readonly limits: BreakdownLimits,
  ) {
    for (const dim of Object.keys(VIEW_DIMENSIONS) as ViewDimension[]) {
      const groups = new BoundedGroups(limits.maxTracked, emptyTotals);
      this.byDimension.set(dim, groups);
      this.dims.push(dim);
      this.dimGroups.push(groups);
    }
    this.errors = new BoundedGroups(limits.maxTracked, () => ({ errors: 0 }));
  }

  snapshot(): PropertyMinuteSnapshot {
    return {
      totals: totalsToJson(this.totals),
      byDimension: Object.fromEntries([...this.byDimension.entries()].map(([d, g]) => [d, g.snapshot(totalsToJson)])),
      errors: this.errors.snapshot((e) => ({ ...e })),
    };
  }

  static restore(snap: PropertyMinuteSnapshot, propertyId: string, windowStartMs: number, limits: BreakdownLimits): PropertyMinute {
    const pm = new PropertyMinute(propertyId, windowStartMs, limits);
    Object.assign(pm.totals, totalsFromJson(snap.totals));
    for (const [d, g] of Object.entries(snap.byDimension)) pm.byDimension.get(d as ViewDimension)?.restore(g, totalsFromJson);
    pm.errors.restore(snap.errors, (e) => ({ ...e }));
    return pm;
  }

  /** Gives the startup times' memory back to be used again (a dropped window, its points made). */
  release(): void {
    this.totals.startupMs.release();
    for (const groups of this.dimGroups) groups.forEach((t) => t.startupMs.release());
  }

  add(v: ViewRecord): void {
    const score = viewExperienceScore(v);
    addView(this.totals, v, score);
    for (let i = 0; i < this.dims.length; i++) addView(this.dimGroups[i]!.get(dimensionValue(v, this.dims[i]!)), v, score);
    if (v.playbackFailure) this.errors.get(v.errorType).errors++;
  }

  toPoints(): QoePoint[] {
    const time = this.windowStartMs;
    const pid = this.propertyId;
    const points: QoePoint[] = [
      { measurement: MEASUREMENTS.viewQoe.name, rp: MEASUREMENTS.viewQoe.rp.name, tags: { property_id: pid }, fields: qoeFields(this.totals), timeMs: time },
    ];
    for (const [dim, groups] of this.byDimension) {
      for (const [value, totals] of groups.top(this.limits.topN, (t) => t.views, mergeTotals)) {
        points.push({
          measurement: MEASUREMENTS.viewQoeBy.name,
          rp: MEASUREMENTS.viewQoeBy.rp.name,
          tags: { property_id: pid, dimension: dim, value },
          fields: qoeFields(totals),
          timeMs: time,
        });
      }
    }
    const views = this.totals.views;
    const errorTop = this.errors.top(this.limits.topErrorTypes, (e) => e.errors, (a, b) => (a.errors += b.errors));
    for (const [errorType, { errors }] of errorTop) {
      points.push({
        measurement: MEASUREMENTS.viewErrors.name,
        rp: MEASUREMENTS.viewErrors.rp.name,
        tags: { property_id: pid, error_type: errorType },
        fields: { views, errors, rate_pct: views > 0 ? (100 * errors) / views : 0 },
        timeMs: time,
      });
    }
    return points;
  }
}

export function dimensionValue(v: ViewRecord, dim: ViewDimension): string {
  switch (dim) {
    case 'cdn':
      return v.cdn;
    case 'country':
      return v.country;
    case 'asn':
      return v.asn;
    case 'device':
      return v.deviceCategory;
    case 'player':
      return v.playerName;
    case 'stream_type':
      return v.streamType;
  }
}
