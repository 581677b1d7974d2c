import { PLUGIN_BASE_URL } from './constants';

/** The app URL of a route: /a/<plugin id>/<route>. */
export function prefixRoute(route: string): string {
  return `${PLUGIN_BASE_URL}/${route}`;
}

export function incidentUrl(incidentId: string): string {
  return prefixRoute(`incidents/${encodeURIComponent(incidentId)}`);
}

export function cdnPopUrl(cdn: string, pop: string): string {
  return prefixRoute(`cdn/${encodeURIComponent(cdn)}/${encodeURIComponent(pop)}`);
}
