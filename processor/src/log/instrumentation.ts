import { EventEmitter } from 'node:events';

/**
 * Process-wide instrumentation events, as kafkajs has them: each module declares the names
 * of the events it emits in one place (a `*_EVENTS` constant beside its code) and emits them
 * here with a payload factory; the self-metrics reporter (metrics/) listens and turns them into
 * statsd counters, gauges and timings. Nothing listens unless self-metrics are on, and an
 * event nobody listens to costs one check.
 */
const bus = new EventEmitter();
bus.setMaxListeners(100);

/**
 * Emits an event; `payload` builds its payload only when someone listens, so a module can
 * instrument a hot path (a newest-window scan, a batch summary) at no cost when self-metrics
 * are off.
 */
export function instrument<T extends object>(event: string, payload: () => T): void {
  if (bus.listenerCount(event) > 0) bus.emit(event, payload());
}

/** Listens to an event; returns the function that stops listening. */
export function onInstrumentation<T extends object>(event: string, listener: (payload: T) => void): () => void {
  bus.on(event, listener);
  return () => bus.off(event, listener);
}
