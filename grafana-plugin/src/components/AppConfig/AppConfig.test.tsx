import React from 'react';
import { render, screen } from '@testing-library/react';
import type { AppPluginMeta } from '@grafana/data';
import { DEFAULT_THRESHOLDS } from '../../data/settings';
import { testIds } from '../testIds';
import AppConfig, { invalidField, type AppConfigProps } from './AppConfig';

const valid = { datasourceUid: 'qoe-influxdb', adminUrl: 'http://processor:8281', thresholds: DEFAULT_THRESHOLDS, staleAfterMin: 5, refreshSec: 30, adminToken: '', tokenSet: true };

describe('AppConfig', () => {
  it('names the first invalid field', () => {
    expect(invalidField(valid)).toBeUndefined();
    expect(invalidField({ ...valid, datasourceUid: 'a b' })).toBe('InfluxDB datasource uid');
    expect(invalidField({ ...valid, adminUrl: 'ftp://x' })).toBe('Processor admin URL');
    expect(invalidField({ ...valid, thresholds: { ...DEFAULT_THRESHOLDS, errorPct: -1 } })).toBe('threshold errorPct');
    expect(invalidField({ ...valid, refreshSec: 1 })).toBe('Refresh every');
  });

  it('shows a saved token as configured, never its value', () => {
    const meta = { id: 'qoe-observability-app', enabled: true, pinned: true, jsonData: { datasourceUid: 'qoe-influxdb', adminUrl: 'http://p:8281' }, secureJsonFields: { adminToken: true } } as unknown as AppPluginMeta;
    const props = { plugin: { meta } as unknown as AppConfigProps['plugin'], query: {} } as unknown as AppConfigProps;
    render(<AppConfig {...props} />);
    expect(screen.getByTestId(testIds.appConfig.datasourceUid)).toHaveValue('qoe-influxdb');
    expect(screen.getByTestId(testIds.appConfig.adminToken)).toHaveValue('configured');
  });
});
