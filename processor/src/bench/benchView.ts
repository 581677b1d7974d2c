import type { ViewRecord } from '../decode/viewRecord';

/** A valid view of the bench's own making (the figures count views; their values barely matter). */
export function benchView(propertyId: string, videoId: string, endMs: number, failed: boolean): ViewRecord {
  return {
    viewId: `${videoId}-${endMs}`,
    propertyId,
    viewStartMs: endMs - 30_000,
    viewEndMs: endMs,
    videoId,
    videoTitle: 'unknown',
    cdn: 'fastly',
    country: 'DE',
    asn: '3320',
    playerName: 'web',
    deviceCategory: 'desktop',
    streamType: 'vod',
    startupMs: failed ? null : 900,
    rebufferCount: 0,
    rebufferMs: 0,
    watchMs: 30_000,
    bitrateBps: 3_000_000,
    upscaleRatio: 0,
    exitBeforeVideoStart: false,
    startupFailure: false,
    playbackFailure: failed,
    errorType: failed ? 'MEDIA_ERR_DECODE' : '',
  };
}
