/**
 * Contract of docker-compose.yml with the rest of the repository, checked without Docker:
 * the services the README names, healthchecks and health conditions, mounted paths, the
 * QOE_* variables against the config module, the provisioned datasource uid, loopback
 * ports and development secrets named as such.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import YAML from 'yaml';
import { CONFIG_VARIABLES } from './env';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  restart?: string;
  environment?: Record<string, string | number | boolean>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test?: unknown };
  depends_on?: Record<string, { condition?: string }> | string[];
}

function compose(): { services: Record<string, Service>; volumes: Record<string, unknown> } {
  return YAML.parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
}

/** One-shot jobs: `restart: "no"`, run to completion before what depends on them. */
const isOneShot = (s: Service) => s.restart === 'no';

/** Paths the compose file mounts that are build outputs, with the script that makes them. */
const BUILD_OUTPUTS: Record<string, { pkg: string; script: string }> = {
  'grafana-plugin/dist': { pkg: 'grafana-plugin/package.json', script: 'build' },
};

/** Service names in the README's "Full stack" table (first column, in backticks). */
function readmeServices(): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Full stack'));
  const table = section.slice(section.indexOf('| service |'));
  return [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
}

describe('docker-compose.yml', () => {
  const { services, volumes } = compose();

  it('runs every service the README names, and the README names every service', () => {
    const named = readmeServices();
    expect(named.length).toBeGreaterThan(10);
    expect(Object.keys(services).sort()).toEqual([...named].sort());
  });

  it('has the parts of the product: Kafka with a topic job, InfluxDB 1.8, Redis, PostgreSQL with a seed job, Telegraf, Kapacitor, Grafana, the three jobs, collector, simulator', () => {
    expect(services.influxdb?.image).toMatch(/^influxdb:1\.8/);
    expect(services.kafka?.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller'); // KRaft, no ZooKeeper
    expect(services.topics?.command).toEqual(expect.arrayContaining(['topics']));
    expect(services['assets-seed']?.command).toEqual(expect.arrayContaining(['assets', 'seed']));
    const jobs = Object.values(services).map((s) => s.environment?.QOE_JOBS).filter(Boolean);
    expect(jobs.sort()).toEqual(['cdn', 'usage', 'views']);
    expect(services.simulator?.command).toEqual(expect.arrayContaining(['simulate', '--follow', '--collector', '--syslog']));
  });

  it('gives every long-running service a healthcheck, and one-shot jobs none is needed for', () => {
    const missing = Object.entries(services)
      .filter(([, s]) => !isOneShot(s) && !s.healthcheck?.test)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('starts nothing before what it needs: every depends_on has a condition, healthy for servers and completed for one-shot jobs', () => {
    const problems: string[] = [];
    for (const [name, s] of Object.entries(services)) {
      if (!s.depends_on) continue;
      if (Array.isArray(s.depends_on)) {
        problems.push(`${name}: depends_on is a list (no conditions)`);
        continue;
      }
      for (const [dep, cond] of Object.entries(s.depends_on)) {
        const target = services[dep];
        if (!target) problems.push(`${name} depends on unknown ${dep}`);
        else if (isOneShot(target) ? cond.condition !== 'service_completed_successfully' : cond.condition !== 'service_healthy') problems.push(`${name} -> ${dep}: ${cond.condition ?? 'no condition'}`);
      }
    }
    expect(problems).toEqual([]);
    // The order the issue of record asks for.
    const deps = (n: string) => Object.keys((services[n]?.depends_on ?? {}) as object);
    expect(deps('topics')).toContain('kafka');
    for (const n of ['telegraf', 'kapacitor', 'processor-views', 'processor-cdn', 'processor-usage', 'grafana']) expect(deps(n)).toContain('influxdb');
    expect(deps('processor-cdn')).toEqual(expect.arrayContaining(['postgres', 'assets-seed', 'topics']));
  });

  it('mounts only files and folders that exist in the repository (or are build outputs with a build script)', () => {
    const problems: string[] = [];
    for (const [name, s] of Object.entries(services)) {
      for (const v of s.volumes ?? []) {
        const source = v.split(':')[0]!;
        if (!source.startsWith('.')) {
          if (!(source in volumes)) problems.push(`${name}: named volume ${source} is not declared`);
          continue;
        }
        const rel = path.normalize(source);
        const built = BUILD_OUTPUTS[rel];
        if (built) {
          const pkg = JSON.parse(read(built.pkg)) as { scripts?: Record<string, string> };
          if (!pkg.scripts?.[built.script]) problems.push(`${name}: ${rel} is built by ${built.pkg} "${built.script}", which does not exist`);
        } else if (!fs.existsSync(path.join(ROOT, rel))) problems.push(`${name}: mounts ${rel}, which is not in the repository`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sets only QOE_* variables the processor reads, and every one a distributed processor needs', () => {
    const known = new Set(CONFIG_VARIABLES);
    const unknown: string[] = [];
    for (const [name, s] of Object.entries(services)) {
      for (const k of Object.keys(s.environment ?? {})) if (k.startsWith('QOE_') && !known.has(k) && !k.startsWith('QOE_GRAFANA_') && name !== 'grafana') unknown.push(`${name}: ${k}`);
    }
    expect(unknown).toEqual([]);
    const required = ['QOE_INFLUX_URL', 'QOE_REDIS_URL', 'QOE_KAFKA_BROKERS', 'QOE_JOBS', 'QOE_START_SERVICES', 'QOE_ADMIN_HOST', 'QOE_ADMIN_TOKEN', 'QOE_STATSD_HOST'];
    for (const n of ['processor-views', 'processor-cdn', 'processor-usage']) {
      const env = services[n]?.environment ?? {};
      expect([n, required.filter((k) => env[k] === undefined || env[k] === '')]).toEqual([n, []]);
      expect(env.QOE_START_SERVICES).toBe('false');
      expect(env.QOE_ADMIN_HOST).toBe('0.0.0.0'); // reachable by its healthcheck's neighbours and Grafana
    }
    expect(services.collector?.environment?.QOE_COLLECTOR_HOST).toBe('0.0.0.0');
  });

  it('provisions the datasource uid the app pages and bundled dashboards use', () => {
    const ds = YAML.parse(read('grafana-plugin/provisioning/datasources/influxdb.yaml')) as { datasources: { uid: string; type: string }[] };
    const uid = ds.datasources[0]!.uid;
    const constants = read('grafana-plugin/src/constants.ts');
    expect(constants).toContain(`PROVISIONED_DATASOURCE_UID = '${uid}'`);
    const apps = YAML.parse(read('grafana-plugin/provisioning/plugins/apps.yaml')) as { apps: { jsonData: { datasourceUid: string; adminUrl: string } }[] };
    expect(apps.apps[0]!.jsonData.datasourceUid).toBe(uid);
    expect(apps.apps[0]!.jsonData.adminUrl).toContain('processor-views:8281');
    const dir = path.join(ROOT, 'grafana-plugin/src/dashboards');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const uids = [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/"datasource":\s*\{[^}]*"uid":\s*"([^"]+)"/g)].map((m) => m[1]);
      expect([f, uids.length > 0 && uids.every((u) => u === uid || u?.startsWith('$'))]).toEqual([f, true]);
    }
    const grafanaMounts = services.grafana?.volumes ?? [];
    expect(grafanaMounts).toEqual(expect.arrayContaining([expect.stringMatching(/^\.\/grafana-plugin\/provisioning:\/etc\/grafana\/provisioning/)]));
  });

  it('publishes ports on 127.0.0.1 unless QOE_BIND_HOST says otherwise', () => {
    const open: string[] = [];
    for (const [name, s] of Object.entries(services)) for (const p of s.ports ?? []) if (!p.startsWith('${QOE_BIND_HOST:-127.0.0.1}:') && !p.startsWith('127.0.0.1:')) open.push(`${name}: ${p}`);
    expect(open).toEqual([]);
  });

  it('sets no secret whose default the README and .env.example do not name as a development default', () => {
    const text = read('docker-compose.yml');
    const readme = read('README.md');
    const envExample = read('.env.example');
    const secrets = [...text.matchAll(/\$\{([A-Z0-9_]*(?:PASSWORD|TOKEN|TOKENS|KEY|SECRET)[A-Z0-9_]*):-([^}]*)\}/g)].filter((m) => m[2] !== '');
    expect(secrets.length).toBeGreaterThan(2);
    for (const [, name, def] of secrets) {
      expect([name, readme.includes(def!)]).toEqual([name, true]);
      expect([name, new RegExp(`DEVELOPMENT DEFAULT[^\\n]*\\n(?:#[^\\n]*\\n)*${name}=${def!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`).test(envExample)]).toEqual([name, true]);
    }
    // No literal password outside ${...} defaults.
    expect(text).not.toMatch(/PASSWORD: (?!\$\{)\S+/);
  });

  it('documents in .env.example every variable the compose file reads from the environment', () => {
    const text = read('docker-compose.yml');
    const envExample = read('.env.example');
    const used = new Set([...text.matchAll(/\$\{([A-Z0-9_]+)(?::-[^}]*)?\}/g)].map((m) => m[1]!));
    const missing = [...used].filter((v) => !new RegExp(`^${v}=`, 'm').test(envExample));
    expect(missing).toEqual([]);
  });
});
