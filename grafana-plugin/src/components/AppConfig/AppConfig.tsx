import React, { useState, type ChangeEvent, type FormEvent } from 'react';
import { lastValueFrom } from 'rxjs';
import type { AppPluginMeta, PluginConfigPageProps, PluginMeta } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { Alert, Button, Field, FieldSet, Input, SecretInput } from '@grafana/ui';
import { PROVISIONED_DATASOURCE_UID } from '../../constants';
import { DEFAULT_REFRESH_SEC, DEFAULT_STALE_AFTER_MIN, thresholdsOf, type AppSecrets, type AppSettings, type Thresholds } from '../../data/settings';
import { testIds } from '../testIds';

export interface AppConfigProps extends PluginConfigPageProps<AppPluginMeta<AppSettings>> {}

interface Form {
  datasourceUid: string;
  adminUrl: string;
  thresholds: Thresholds;
  staleAfterMin: number;
  refreshSec: number;
  adminToken: string;
  tokenSet: boolean;
}

/** Validation of the form; the name of the first bad field, or undefined. */
export function invalidField(f: Form): string | undefined {
  if (!/^[\w-]{1,64}$/.test(f.datasourceUid)) return 'InfluxDB datasource uid';
  if (f.adminUrl && !/^https?:\/\/[^\s]+$/.test(f.adminUrl)) return 'Processor admin URL';
  for (const [k, v] of Object.entries(f.thresholds)) if (!Number.isFinite(v) || v < 0) return `threshold ${k}`;
  if (!(f.staleAfterMin > 0)) return 'Stale after';
  if (!(f.refreshSec >= 5)) return 'Refresh every';
  return undefined;
}

/** The app's configuration: datasource, processor admin API and its token (write only), wall thresholds. */
const AppConfig = ({ plugin }: AppConfigProps) => {
  const { enabled, pinned, jsonData, secureJsonFields } = plugin.meta;
  const [form, setForm] = useState<Form>({
    datasourceUid: jsonData?.datasourceUid ?? PROVISIONED_DATASOURCE_UID,
    adminUrl: jsonData?.adminUrl ?? '',
    thresholds: thresholdsOf(jsonData),
    staleAfterMin: jsonData?.staleAfterMin ?? DEFAULT_STALE_AFTER_MIN,
    refreshSec: jsonData?.refreshSec ?? DEFAULT_REFRESH_SEC,
    adminToken: '',
    tokenSet: Boolean(secureJsonFields?.adminToken),
  });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const text = (k: 'datasourceUid' | 'adminUrl' | 'adminToken') => (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value.trim() });
  const number = (k: 'staleAfterMin' | 'refreshSec') => (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: Number(e.target.value) });
  const threshold = (k: keyof Thresholds) => (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, thresholds: { ...form.thresholds, [k]: Number(e.target.value) } });
  const bad = invalidField(form);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (bad) return;
    const settings: AppSettings = { datasourceUid: form.datasourceUid, adminUrl: form.adminUrl, thresholds: form.thresholds, staleAfterMin: form.staleAfterMin, refreshSec: form.refreshSec };
    const secrets: AppSecrets | undefined = form.adminToken ? { adminToken: form.adminToken } : undefined;
    try {
      await updatePlugin(plugin.meta.id, { enabled, pinned, jsonData: settings, ...(secrets ? { secureJsonData: secrets } : {}) } as Partial<PluginMeta>);
      setForm({ ...form, adminToken: '', tokenSet: form.tokenSet || Boolean(secrets) });
      setStatus({ ok: true, text: 'Settings saved. Reload the app pages to use them.' });
    } catch (err) {
      const x = err as { data?: { message?: string }; message?: string };
      setStatus({ ok: false, text: `Saving failed: ${x.data?.message ?? x.message ?? 'unknown error'}` });
    }
  };

  return (
    <form onSubmit={onSubmit}>
      <FieldSet label="Data">
        <Field label="InfluxDB datasource uid" description="The InfluxDB (InfluxQL) datasource that holds the qoe database; the provisioned one is qoe-influxdb." invalid={bad === 'InfluxDB datasource uid'}>
          <Input width={40} id="qoe-datasource-uid" data-testid={testIds.appConfig.datasourceUid} value={form.datasourceUid} onChange={text('datasourceUid')} />
        </Field>
      </FieldSet>
      <FieldSet label="Processor admin API (close and mute incidents)">
        <Field label="Processor admin URL" description="As Grafana's server reaches it, e.g. http://processor:8281 (QOE_ADMIN_HOST/QOE_ADMIN_PORT)." invalid={bad === 'Processor admin URL'}>
          <Input width={60} id="qoe-admin-url" data-testid={testIds.appConfig.adminUrl} value={form.adminUrl} placeholder="http://127.0.0.1:8281" onChange={text('adminUrl')} />
        </Field>
        <Field label="Admin token" description="QOE_ADMIN_TOKEN of the processor. Stored encrypted by Grafana and added by its server to proxied requests; the browser never reads it back.">
          <SecretInput
            width={60}
            id="qoe-admin-token"
            data-testid={testIds.appConfig.adminToken}
            value={form.adminToken}
            isConfigured={form.tokenSet}
            placeholder="admin bearer token"
            onChange={text('adminToken')}
            onReset={() => setForm({ ...form, adminToken: '', tokenSet: false })}
          />
        </Field>
      </FieldSet>
      <FieldSet label="Wall display">
        <Field label="RTT p95 threshold (ms)">
          <Input type="number" width={20} data-testid={testIds.appConfig.rttP95Ms} value={form.thresholds.rttP95Ms} onChange={threshold('rttP95Ms')} />
        </Field>
        <Field label="TTFB p95 threshold (ms)">
          <Input type="number" width={20} data-testid={testIds.appConfig.ttfbP95Ms} value={form.thresholds.ttfbP95Ms} onChange={threshold('ttfbP95Ms')} />
        </Field>
        <Field label="Error threshold (% of requests, 4xx + 5xx)">
          <Input type="number" width={20} data-testid={testIds.appConfig.errorPct} value={form.thresholds.errorPct} onChange={threshold('errorPct')} />
        </Field>
        <Field label="Cache hit floor (%)">
          <Input type="number" width={20} data-testid={testIds.appConfig.cacheHitPct} value={form.thresholds.cacheHitPct} onChange={threshold('cacheHitPct')} />
        </Field>
        <Field label="Stale after (minutes without data)" invalid={bad === 'Stale after'}>
          <Input type="number" width={20} data-testid={testIds.appConfig.staleAfterMin} value={form.staleAfterMin} onChange={number('staleAfterMin')} />
        </Field>
        <Field label="Refresh every (seconds)" invalid={bad === 'Refresh every'}>
          <Input type="number" width={20} value={form.refreshSec} onChange={number('refreshSec')} />
        </Field>
      </FieldSet>
      {bad && <Alert title={`Check: ${bad}`} severity="warning" />}
      {status && (
        <div data-testid={testIds.appConfig.saved}>
          <Alert title={status.ok ? 'Saved' : 'Not saved'} severity={status.ok ? 'success' : 'error'}>
            {status.text}
          </Alert>
        </div>
      )}
      <Button type="submit" data-testid={testIds.appConfig.submit} disabled={Boolean(bad)}>
        Save settings
      </Button>
    </form>
  );
};

export default AppConfig;

async function updatePlugin(pluginId: string, data: Partial<PluginMeta>) {
  const response = getBackendSrv().fetch({ url: `/api/plugins/${pluginId}/settings`, method: 'POST', data });
  return lastValueFrom(response);
}
