export { InfluxWriter, type WriterStats } from './writer';
export { DEFAULT_INFLUX_WRITER_OPTIONS, type InfluxWriterOptions } from './options';
export { influxQL, ident, literal, type InfluxQLResult, type InfluxQLSeries } from './influxql';
export { ensureDatabase } from './setupDatabase';
export { writeApiForVersion, detectServer, type ServerInfo } from './serverInfo';
