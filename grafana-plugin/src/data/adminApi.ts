import { lastValueFrom } from 'rxjs';
import { getBackendSrv } from '@grafana/runtime';
import { PLUGIN_ID } from '../constants';

/**
 * The processor's admin API through the app's plugin proxy route (plugin.json `routes`):
 * Grafana's server adds the bearer token from secureJsonData, so it never reaches the browser.
 */
export type IncidentAction = 'close' | 'mute' | 'unmute';
export type PropertyAction = 'mute' | 'unmute';

const base = `/api/plugin-proxy/${PLUGIN_ID}/admin`;

async function post(path: string): Promise<unknown> {
  try {
    const res = await lastValueFrom(getBackendSrv().fetch({ url: `${base}${path}`, method: 'POST', showErrorAlert: false }));
    return res.data;
  } catch (err) {
    const e = err as { status?: number; data?: { error?: string; message?: string } };
    const why = e.data?.error ?? e.data?.message ?? `HTTP ${e.status ?? '?'}`;
    throw new Error(e.status === 401 ? `The processor refused the admin token (${why}): set it on the app's configuration page.` : `The processor did not apply it: ${why}`);
  }
}

export function incidentAction(incidentId: string, action: IncidentAction): Promise<unknown> {
  return post(`/v1/incidents/${encodeURIComponent(incidentId)}/${action}`);
}

export function propertyAction(propertyId: string, action: PropertyAction): Promise<unknown> {
  return post(`/v1/properties/${encodeURIComponent(propertyId)}/${action}`);
}
