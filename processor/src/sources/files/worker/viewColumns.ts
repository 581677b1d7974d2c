import type { ViewRecord } from '../../../decode/viewRecord';
import { cleanLabel } from '../../../decode/normalizeView';
import type { ColumnReader, ColumnWriter } from './columns';

/**
 * A ViewRecord as columns (see columns.ts): written in the worker, read back on the main
 * thread into an object with the same fields in the same order as normalizeView makes.
 * A view that never started has startupMs null, written as NaN (a validated time is never NaN).
 * The reader worker leaves label fields uncleaned (ViewLimits.rawLabels): they are cleaned
 * here, once for each distinct value of a chunk (cleaning a clean label changes nothing).
 */
export function writeView(w: ColumnWriter, v: ViewRecord): void {
  w.startRecord();
  w.uniqueStr(v.viewId);
  w.str(v.propertyId);
  w.num(v.viewStartMs);
  w.num(v.viewEndMs);
  w.adaptiveStr(v.videoId);
  w.adaptiveStr(v.videoTitle);
  w.str(v.cdn);
  w.str(v.country);
  w.str(v.asn);
  w.str(v.playerName);
  w.str(v.deviceCategory);
  w.str(v.streamType);
  w.num(v.startupMs ?? NaN);
  w.num(v.rebufferCount);
  w.num(v.rebufferMs);
  w.num(v.watchMs);
  w.num(v.bitrateBps);
  w.num(v.upscaleRatio);
  w.num(v.exitBeforeVideoStart ? 1 : 0);
  w.num(v.startupFailure ? 1 : 0);
  w.num(v.playbackFailure ? 1 : 0);
  w.str(v.errorType);
}

export function readView(r: ColumnReader): ViewRecord {
  const viewId = r.str();
  const propertyId = r.str();
  const viewStartMs = r.num();
  const viewEndMs = r.num();
  const videoId = r.strAs(cleanLabel);
  const videoTitle = r.strAs(cleanLabel);
  const cdn = r.strAs(cleanLabel);
  const country = r.strAs(cleanLabel);
  const asn = r.str();
  const playerName = r.strAs(cleanLabel);
  const deviceCategory = r.strAs(cleanLabel);
  const streamType = r.strAs(cleanLabel);
  const startup = r.num();
  return {
    viewId,
    propertyId,
    viewStartMs,
    viewEndMs,
    videoId,
    videoTitle,
    cdn,
    country,
    asn,
    playerName,
    deviceCategory,
    streamType,
    startupMs: Number.isNaN(startup) ? null : startup,
    rebufferCount: r.num(),
    rebufferMs: r.num(),
    watchMs: r.num(),
    bitrateBps: r.num(),
    upscaleRatio: r.num(),
    exitBeforeVideoStart: r.num() === 1,
    startupFailure: r.num() === 1,
    playbackFailure: r.num() === 1,
    errorType: r.str(),
  };
}
