/**
 * Typed access to the generated protobuf code (processor/generated, rebuilt by
 * `npm run proto` from proto/). Static code: no .proto parsing at run time.
 */
import { qoe } from '../../generated/qoe';

export const pb = qoe.v1;
export type VideoViewMessage = qoe.v1.VideoView.$Properties;
export type TimestampMessage = qoe.v1.Timestamp.$Properties;
export type CdnAccessRecordMessage = qoe.v1.CdnAccessRecord.$Properties;
export type CdnLogBatchMessage = qoe.v1.CdnLogBatch.$Properties;
export type IncidentMessage = qoe.v1.Incident.$Properties;
export type ControlCommandMessage = qoe.v1.ControlCommand.$Properties;
