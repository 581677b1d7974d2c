import React, { Suspense, lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { AppRootProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';
import { ROUTES } from '../../constants';
import type { AppSettings } from '../../data/settings';
import { SettingsContext } from '../../data/settingsContext';

const IncidentsPage = lazy(() => import('../../pages/IncidentsPage'));
const IncidentDetailPage = lazy(() => import('../../pages/IncidentDetailPage'));
const WallPage = lazy(() => import('../../pages/WallPage'));
const CdnPopPage = lazy(() => import('../../pages/CdnPopPage'));

/** The app's root: routes under /a/<plugin id>/, with the app's settings in context. */
function App(props: AppRootProps<AppSettings>) {
  return (
    <SettingsContext.Provider value={props.meta.jsonData ?? {}}>
      <Suspense fallback={<LoadingPlaceholder text="Loading…" />}>
        <Routes>
          <Route path={ROUTES.Incidents} element={<IncidentsPage />} />
          <Route path={ROUTES.Incident} element={<IncidentDetailPage />} />
          <Route path={ROUTES.Wall} element={<WallPage />} />
          <Route path={ROUTES.CdnPop} element={<CdnPopPage />} />
          <Route path="*" element={<Navigate to={ROUTES.Incidents} replace />} />
        </Routes>
      </Suspense>
    </SettingsContext.Provider>
  );
}

export default App;
