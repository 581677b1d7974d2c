import { ConfigError, loadConfig, selectedJobs } from './env';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const c = loadConfig({});
    expect(c.QOE_INFLUX_URL).toBe('http://127.0.0.1:18086');
    expect(c.QOE_INFLUX_DB).toBe('qoe');
    expect(c.QOE_SIM_VIEWS_PER_S).toBe(20);
  });

  it('parses and validates values', () => {
    const c = loadConfig({ QOE_INFLUX_BATCH_SIZE: '250', QOE_SIM_ENABLED: 'no', QOE_INFLUX_API: 'v1' });
    expect(c.QOE_INFLUX_BATCH_SIZE).toBe(250);
    expect(c.QOE_SIM_ENABLED).toBe(false);
    expect(c.QOE_INFLUX_API).toBe('v1');
  });

  it.each([
    ['QOE_INFLUX_URL', 'not a url'],
    ['QOE_INFLUX_DB', 'bad name;drop'],
    ['QOE_INFLUX_BATCH_SIZE', '0'],
    ['QOE_SIM_VIEWS_PER_S', 'fast'],
    ['QOE_LOG_LEVEL', 'loud'],
    ['QOE_INFLUX_URL', 'ftp://example.com/'],
    ['QOE_INFLUX_FLUSH_MS', '2.5'],
    ['QOE_SIM_VIEWS_PER_S', '0'],
    ['QOE_SIM_CDN_PER_S', '-1'],
    ['QOE_SIM_ENABLED', 'maybe'],
    ['QOE_FAILPOINTS', 'nowhere:x'],
    ['QOE_KAFKA_TOPIC_PREFIX', 'staging/'],
    ['QOE_KAFKA_TOPIC_PREFIX', 'x'.repeat(201)],
  ])('names the bad variable %s', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^invalid environment variable ${variable}: .+ \\(got ${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`));
  });

  it('reads numbers, flags and lists in their documented forms', () => {
    const c = loadConfig({ QOE_SIM_VIEWS_PER_S: '0.5', QOE_SIM_ENABLED: 'no', QOE_START_SERVICES: '1', QOE_INFLUX_RETRY_MS: ' 7 ', QOE_JOBS: 'cdn, usage' });
    expect(c.QOE_SIM_VIEWS_PER_S).toBe(0.5);
    expect(c.QOE_SIM_ENABLED).toBe(false);
    expect(c.QOE_START_SERVICES).toBe(true);
    expect(c.QOE_INFLUX_RETRY_MS).toBe(7);
    expect(c.QOE_JOBS).toBe('cdn, usage');
  });

  it('never echoes a secret in the error', () => {
    let message = '';
    try {
      loadConfig({ QOE_INFLUX_TOKEN: 'hunter2', QOE_INFLUX_DB: 'bad name' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/QOE_INFLUX_DB/);
    expect(message).not.toMatch(/hunter2/);
  });
});

describe('QOE_JOBS', () => {
  it('selects the distributed jobs, all three by default', () => {
    expect([...selectedJobs(loadConfig({}))]).toEqual(['views', 'cdn', 'usage']);
    expect([...selectedJobs(loadConfig({ QOE_JOBS: 'usage' }))]).toEqual(['usage']);
    expect([...selectedJobs(loadConfig({ QOE_JOBS: ' cdn , views,cdn' }))]).toEqual(['cdn', 'views']);
  });

  it('names the variable when a job is unknown', () => {
    expect(() => loadConfig({ QOE_JOBS: 'views,billing' })).toThrow(/QOE_JOBS: a comma-separated list of views, cdn, usage/);
  });
});
