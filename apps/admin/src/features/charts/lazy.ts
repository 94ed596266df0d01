import { lazy } from 'react';

// Recharts is the portal's heaviest dependency: it downloads only when a page draws a chart.
export const GroupsByKindChart = lazy(() => import('./GroupsByKindChart'));
export const CoverageByCharacteristicChart = lazy(() => import('./CoverageByCharacteristicChart'));
export const ProgressChart = lazy(() => import('./ProgressChart'));
