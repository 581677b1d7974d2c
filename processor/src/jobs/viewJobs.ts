import type { Job } from './job';
import type { ViewRecord } from '../decode/viewRecord';
import { Detector, type DetectorSnapshot } from '../detect/detector';
import type { IncidentEvent } from '../detect/incident';
import { incidentPoints } from '../detect/incidentOutputs';
import type { DetectorOptions } from '../detect/options';
import type { QoePoint } from '../schema/point';
import type { LateRecord } from '../window/tumblingWindows';
import { ViewQoeJob, type ViewQoeJobOptions, type ViewQoeJobSnapshot } from './viewQoeJob';

export interface ViewJobsOutput {
  points: readonly QoePoint[];
  late: readonly LateRecord<ViewRecord>[];
  incidents: readonly IncidentEvent[];
}

export interface ViewJobsSnapshot {
  version: 1;
  qoe: ViewQoeJobSnapshot;
  detector: DetectorSnapshot;
}

/**
 * Everything computed from views, for one source partition: per-minute QoE series and the
 * error-rate detector (whose incidents also become `incidents` points). One snapshot holds
 * both, so they are checkpointed and restored together.
 */
export class ViewJobs implements Job<ViewRecord, ViewJobsOutput, ViewJobsSnapshot> {
  readonly qoe: ViewQoeJob;
  detector: Detector;

  private readonly detectorOptions: Partial<DetectorOptions>;

  constructor(qoe: Partial<ViewQoeJobOptions> = {}, detectorOptions: Partial<DetectorOptions> = {}) {
    this.qoe = new ViewQoeJob(qoe);
    // Live jobs keep the detector's clock on the wall clock as they keep their watermark.
    this.detectorOptions = { clockOnWallClock: qoe.jumpGuard === 'live', ...detectorOptions };
    this.detector = new Detector(this.detectorOptions);
  }

  process(view: ViewRecord, partition = '0', nowMs = 0): ViewJobsOutput {
    const out = this.qoe.process(view, partition, nowMs);
    const incidents = this.detector.process(view, nowMs);
    const points = incidents.length === 0 ? out.points : [...out.points, ...incidents.flatMap(incidentPoints)];
    return { points, late: out.late, incidents };
  }

  advance(nowMs = 0): QoePoint[] {
    return this.qoe.advance(nowMs);
  }

  flush(): QoePoint[] {
    return this.qoe.flush();
  }

  snapshot(): ViewJobsSnapshot {
    return { version: 1, qoe: this.qoe.snapshot(), detector: this.detector.snapshot() };
  }

  restore(s: ViewJobsSnapshot): void {
    if (s.version !== 1) throw new Error(`unsupported snapshot version ${String(s.version)}`);
    this.qoe.restore(s.qoe);
    this.detector = Detector.restore(s.detector, this.detectorOptions);
  }
}
