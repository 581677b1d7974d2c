import { createContext, useContext } from 'react';
import type { AppSettings } from './settings';

/** The app's jsonData, handed down from the root page. */
export const SettingsContext = createContext<AppSettings>({});
export const useSettings = (): AppSettings => useContext(SettingsContext);
