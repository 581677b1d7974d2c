import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { tableFrames, type InfluxSeries } from './influxFrames';

/**
 * A stand-in for Grafana's server, for the browser check (no Grafana can be installed here):
 * serves the host page and the built dist/ as public/plugins/<id>/, answers /api/ds/query by
 * running the raw InfluxQL on the real InfluxDB (expanding $timeFilter and $__interval as
 * Grafana does), keeps plugin settings (secureJsonData never returned, only
 * secureJsonFields), and proxies plugin routes from dist/plugin.json, rendering
 * {{ .JsonData.x }} and {{ .SecureJsonData.x }} server-side and stripping cookies.
 */
export interface StandInOptions {
  distDir: string;
  hostBundle: string;
  iconsDir: string;
  /** Datasources by uid: InfluxDB URL and database. */
  datasources: Record<string, { url: string; database: string }>;
  /** Initial plugin settings. */
  settings: { jsonData: Record<string, unknown>; secureJsonData: Record<string, string> };
}

interface Route {
  path: string;
  method?: string;
  url: string;
  headers?: Array<{ name: string; content: string }>;
}

export interface StandIn {
  url: string;
  pluginId: string;
  /** Every response body the stand-in sent (for leak checks). */
  responses: string[];
  settings: StandInOptions['settings'];
  close(): Promise<void>;
}

export async function startGrafanaStandIn(o: StandInOptions): Promise<StandIn> {
  const pluginJson = JSON.parse(fs.readFileSync(path.join(o.distDir, 'plugin.json'), 'utf8')) as { id: string; routes?: Route[] };
  const id = pluginJson.id;
  const responses: string[] = [];
  const settings = { jsonData: { ...o.settings.jsonData }, secureJsonData: { ...o.settings.secureJsonData } };

  const send = (res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json') => {
    if (typeof body === 'string' && type.includes('json')) responses.push(body);
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const sendFile = (res: http.ServerResponse, file: string) => {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, JSON.stringify({ message: 'not found' }));
    const ext = path.extname(file);
    const type = { '.js': 'application/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.map': 'application/json', '.png': 'image/png' }[ext] ?? 'application/octet-stream';
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': type, 'content-length': body.length });
    res.end(body);
  };
  const readBody = (req: http.IncomingMessage) =>
    new Promise<string>((resolve) => {
      let b = '';
      req.on('data', (d) => (b += d));
      req.on('end', () => resolve(b));
    });

  const hostPage = () => `<!doctype html><html><head><meta charset="utf-8"><title>Grafana stand-in</title>
<script>
window.grafanaBootData = { settings: { appSubUrl: '', appUrl: 'http://localhost/', buildInfo: { version: '12.4.0', env: 'production' }, featureToggles: {}, datasources: {}, panels: {}, theme2: undefined }, user: { theme: 'dark', orgRole: 'Admin', isSignedIn: true, id: 1, login: 'admin', orgId: 1, timezone: 'utc' }, navTree: [], assets: { dark: '', light: '' } };
window.__grafana_public_path__ = '/public/';
window.__qoeHost = { pluginId: ${JSON.stringify(id)}, errors: [] };
</script></head><body style="margin:0;background:#111217"><div id="root"></div><script src="/host.js"></script></body></html>`;

  async function dsQuery(body: string): Promise<{ status: number; body: unknown }> {
    const req = JSON.parse(body) as { from: string; to: string; queries: Array<{ refId: string; datasource: { uid: string }; query: string; intervalMs?: number }> };
    const from = Number(req.from);
    const to = Number(req.to);
    const results: Record<string, unknown> = {};
    let status = 200;
    for (const q of req.queries) {
      const ds = o.datasources[q.datasource.uid];
      if (!ds) {
        return { status: 404, body: { message: `Data source not found: ${q.datasource.uid}` } };
      }
      const interval = `${Math.max(1, Math.round((q.intervalMs ?? 60_000) / 1000))}s`;
      const text = q.query
        .replace(/\$timeFilter/g, `time >= ${from}ms and time <= ${to}ms`)
        .replace(/\$__interval_ms/g, String(q.intervalMs ?? 60_000))
        .replace(/\$__interval|\$interval/g, interval);
      try {
        const url = `${ds.url}/query?${new URLSearchParams({ db: ds.database, epoch: 'ms', q: text })}`;
        const r = await fetch(url);
        const json = (await r.json()) as { error?: string; results?: Array<{ error?: string; series?: InfluxSeries[] }> };
        const err = json.error ?? json.results?.[0]?.error;
        if (err) {
          status = 400;
          results[q.refId] = { status: 400, error: err };
        } else {
          results[q.refId] = { status: 200, frames: tableFrames(q.refId, json.results?.[0]?.series ?? []) };
        }
      } catch (e) {
        status = 500;
        results[q.refId] = { status: 500, error: `Post "${ds.url}/query": dial tcp: ${(e as Error).message}` };
      }
    }
    return { status, body: { results } };
  }

  function render(template: string): string {
    return template
      .replace(/\{\{\s*\.JsonData\.(\w+)\s*\}\}/g, (_m, k: string) => String(settings.jsonData[k] ?? ''))
      .replace(/\{\{\s*\.SecureJsonData\.(\w+)\s*\}\}/g, (_m, k: string) => settings.secureJsonData[k] ?? '');
  }

  async function proxy(req: http.IncomingMessage, res: http.ServerResponse, rest: string): Promise<void> {
    const method = req.method ?? 'GET';
    const route = (pluginJson.routes ?? []).find((r) => {
      if (r.method && r.method !== '*' && r.method !== method) return false;
      return r.path.endsWith('/*') ? rest.startsWith(r.path.slice(0, -1)) : rest === r.path;
    });
    if (!route) return send(res, 404, JSON.stringify({ message: `no plugin route for ${method} ${rest}` }));
    const tail = route.path.endsWith('/*') ? rest.slice(route.path.length - 1) : '';
    const target = render(route.url).replace(/\/$/, '') + (tail ? `/${tail}` : '');
    const headers: Record<string, string> = {};
    for (const h of route.headers ?? []) headers[h.name] = render(h.content);
    const body = method === 'GET' ? undefined : await readBody(req);
    try {
      const r = await fetch(target, { method, headers, body: body || undefined });
      send(res, r.status, await r.text(), r.headers.get('content-type') ?? 'application/json');
    } catch (e) {
      send(res, 502, JSON.stringify({ message: `plugin proxy: ${(e as Error).message}` }));
    }
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://standin');
      const p = url.pathname;
      if (p === '/host.js') return sendFile(res, o.hostBundle);
      if (p.startsWith(`/public/plugins/${id}/`)) return sendFile(res, path.join(o.distDir, path.normalize(p.slice(`/public/plugins/${id}/`.length)).replace(/^(\.\.[/\\])+/, '')));
      if (p.startsWith('/public/build/img/icons/')) return sendFile(res, path.join(o.iconsDir, path.normalize(p.slice('/public/build/img/icons/'.length)).replace(/^(\.\.[/\\])+/, '')));
      if (p === '/api/ds/query' && req.method === 'POST') {
        const r = await dsQuery(await readBody(req));
        return send(res, r.status, JSON.stringify(r.body));
      }
      if (p === `/api/plugins/${id}/settings`) {
        if (req.method === 'POST') {
          const b = JSON.parse(await readBody(req)) as { jsonData?: Record<string, unknown>; secureJsonData?: Record<string, string> };
          if (b.jsonData) settings.jsonData = b.jsonData;
          if (b.secureJsonData) Object.assign(settings.secureJsonData, b.secureJsonData);
          return send(res, 200, JSON.stringify({ message: 'Plugin settings updated' }));
        }
        const secureJsonFields = Object.fromEntries(Object.keys(settings.secureJsonData).map((k) => [k, true]));
        return send(res, 200, JSON.stringify({ id, type: 'app', name: id, enabled: true, pinned: true, jsonData: settings.jsonData, secureJsonFields, info: {}, module: `/public/plugins/${id}/module.js`, baseUrl: `/public/plugins/${id}` }));
      }
      const m = new RegExp(`^/api/plugin-proxy/${id}/(.*)$`).exec(p);
      if (m) return proxy(req, res, m[1]! + url.search);
      if (p.startsWith('/a/') || p.startsWith('/plugins/') || p.startsWith('/d/')) return send(res, 200, hostPage(), 'text/html');
      if (p === '/') {
        res.writeHead(302, { location: `/a/${id}/incidents` });
        return res.end();
      }
      send(res, 404, JSON.stringify({ message: 'not found' }));
    })().catch((e: Error) => send(res, 500, JSON.stringify({ message: e.message })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const a = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${a.port}`,
    pluginId: id,
    responses,
    settings,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
