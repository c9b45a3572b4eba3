// One module per area, imported lazily by App.tsx: Rollup puts each area's screens into its own chunk.
export { PortalPage } from '../features/portal/PortalPage';
