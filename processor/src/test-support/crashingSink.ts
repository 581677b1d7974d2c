import type { LineProtocolFileSink, PositionedSink } from '../sinks/pointSink';

/**
 * A file sink whose process "crashes" at its `crashAt`th write (after writing it): output past
 * the replay's last checkpoint, which a resume must cut back. The error says 'simulated crash'.
 */
export function crashingSink(file: LineProtocolFileSink, crashAt: number): PositionedSink {
  let writes = 0;
  return {
    write: async (points) => {
      await file.write(points);
      if (++writes === crashAt) throw new Error('simulated crash');
    },
    flush: () => file.flush(),
    close: () => file.close(),
    position: () => file.position(),
  };
}
