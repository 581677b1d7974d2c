/**
 * Stand-in for Grafana's frontend in a plain page (no Grafana server can run here): the
 * shared modules Grafana hands a plugin, a BackendSrv over window.fetch, an AMD loader for
 * dist/module.js, and the app root rendered as AppRootPage does, under /a/<id>/*, inside
 * PluginContextProvider; the config page at /plugins/<id>. Bundled by esbuild for the browser.
 */
import React from 'react';
import * as ReactAll from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as JsxRuntime from 'react/jsx-runtime';
import * as ReactRouter from 'react-router';
import * as ReactRouterDom from 'react-router-dom';
import * as Rxjs from 'rxjs';
import * as EmotionCss from '@emotion/css';
import * as GrafanaData from '@grafana/data';
import * as GrafanaUi from '@grafana/ui';
import * as GrafanaRuntime from '@grafana/runtime';
import { Observable } from 'rxjs';

declare global {
  interface Window {
    define: ((deps: string[], factory: (...args: unknown[]) => unknown) => void) & { amd?: object };
    __qoeHost: { pluginId: string; errors: string[]; reactVersion?: string };
  }
}

const host = window.__qoeHost;
host.reactVersion = ReactAll.version;

/** What Grafana's sharedDependencies gives a plugin's AMD module. */
const shared: Record<string, unknown> = {
  react: ReactAll,
  'react-dom': ReactDOM,
  'react/jsx-runtime': JsxRuntime,
  'react-router': ReactRouter,
  'react-router-dom': ReactRouterDom,
  rxjs: Rxjs,
  '@emotion/css': EmotionCss,
  '@grafana/data': GrafanaData,
  '@grafana/ui': GrafanaUi,
  '@grafana/runtime': GrafanaRuntime,
};

interface FetchOptions {
  url: string;
  method?: string;
  data?: unknown;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

function doFetch(o: FetchOptions): Promise<GrafanaRuntime.FetchResponse> {
  const url = o.params ? `${o.url}?${new URLSearchParams(o.params)}` : o.url;
  const init: RequestInit = { method: o.method ?? 'GET', headers: { 'content-type': 'application/json', ...(o.headers ?? {}) } };
  if (o.data !== undefined) init.body = JSON.stringify(o.data);
  return window.fetch(url, init).then(async (res) => {
    const text = await res.text();
    let data: unknown = text;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    if (!res.ok) throw { status: res.status, statusText: res.statusText, data, config: o };
    return { data, status: res.status, statusText: res.statusText, ok: true, headers: res.headers, redirected: false, type: res.type, url: res.url, config: o } as unknown as GrafanaRuntime.FetchResponse;
  });
}

const backendSrv = {
  fetch: (o: FetchOptions) => new Observable<GrafanaRuntime.FetchResponse>((sub) => {
    doFetch(o).then((r) => { sub.next(r); sub.complete(); }, (e) => sub.error(e));
  }),
  request: (o: FetchOptions) => doFetch(o).then((r) => r.data),
  datasourceRequest: (o: FetchOptions) => doFetch(o),
  get: (url: string, params?: Record<string, string>) => doFetch({ url, params }).then((r) => r.data),
  post: (url: string, data?: unknown) => doFetch({ url, method: 'POST', data }).then((r) => r.data),
  put: (url: string, data?: unknown) => doFetch({ url, method: 'PUT', data }).then((r) => r.data),
  patch: (url: string, data?: unknown) => doFetch({ url, method: 'PATCH', data }).then((r) => r.data),
  delete: (url: string) => doFetch({ url, method: 'DELETE' }).then((r) => r.data),
  resolveCancelerIfExists: () => undefined,
};
GrafanaRuntime.setBackendSrv(backendSrv as unknown as GrafanaRuntime.BackendSrv);

/** Loads dist/module.js as Grafana does: an AMD module whose dependencies are the shared modules. */
function loadPlugin(id: string): Promise<GrafanaData.AppPlugin> {
  const uri = `/public/plugins/${id}/module.js`;
  return new Promise((resolve, reject) => {
    window.define = Object.assign(
      (deps: string[], factory: (...args: unknown[]) => unknown) => {
        const args = deps.map((d) => {
          if (d === 'module') return { uri };
          if (!(d in shared)) throw new Error(`plugin asked for ${d}, which Grafana does not share`);
          return shared[d];
        });
        const exports = factory(...args) as { plugin?: GrafanaData.AppPlugin };
        if (!exports?.plugin) reject(new Error('module.js exports no plugin'));
        else resolve(exports.plugin);
      },
      { amd: {} },
    );
    const script = document.createElement('script');
    script.src = uri;
    script.onerror = () => reject(new Error(`cannot load ${uri}`));
    document.head.appendChild(script);
  });
}

async function main() {
  const id = host.pluginId;
  const settings = (await backendSrv.get(`/api/plugins/${id}/settings`)) as GrafanaData.AppPluginMeta;
  const plugin = await loadPlugin(id);
  plugin.meta = settings;
  const Root = plugin.root!;
  const Config = plugin.configPages?.[0]?.body;
  const theme = GrafanaRuntime.config.theme2;
  const app = (
    <GrafanaUi.ThemeContext.Provider value={theme}>
      <GrafanaUi.GlobalStyles />
      <ReactRouterDom.BrowserRouter>
        <ReactRouterDom.Routes>
          <ReactRouterDom.Route
            path={`/a/${id}/*`}
            element={
              <GrafanaData.PluginContextProvider meta={settings}>
                <Root meta={settings} basename={`/a/${id}`} onNavChanged={() => undefined} query={{}} path={`/a/${id}`} />
              </GrafanaData.PluginContextProvider>
            }
          />
          <ReactRouterDom.Route path={`/plugins/${id}`} element={Config ? <Config plugin={plugin} query={{}} /> : <div>no config page</div>} />
        </ReactRouterDom.Routes>
      </ReactRouterDom.BrowserRouter>
    </GrafanaUi.ThemeContext.Provider>
  );
  ReactDOMClient.createRoot(document.getElementById('root')!).render(app);
}

window.addEventListener('error', (e) => host.errors.push(String(e.message)));
main().catch((e: Error) => {
  host.errors.push(e.message);
  document.getElementById('root')!.textContent = `host failed: ${e.message}`;
});
void React;
