import pluginJson from './plugin.json';

export const PLUGIN_ID: string = pluginJson.id;
export const PLUGIN_BASE_URL = `/a/${PLUGIN_ID}`;

/** The app's routes under /a/<plugin id>/. */
export enum ROUTES {
  Incidents = 'incidents',
  Incident = 'incidents/:id',
  Wall = 'wall',
  CdnPop = 'cdn/:cdn/:pop',
}

/** Uids of the bundled dashboards (src/dashboards), linked from the pages. */
export const DASHBOARD_UIDS = {
  overview: 'qoe-overview',
  property: 'qoe-property',
  cdn: 'qoe-cdn-health',
  usage: 'qoe-usage',
  processor: 'qoe-processor',
} as const;

/** The InfluxDB datasource uid the provisioning files create and the dashboards name. */
export const PROVISIONED_DATASOURCE_UID = 'qoe-influxdb';
